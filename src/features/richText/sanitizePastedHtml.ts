import DOMPurify from 'dompurify';
import { pastedMarkupAllowlist } from './pastedMarkupAllowlist';
import { stripToAllowedMarkup } from './stripToAllowedMarkup';

/**
 * Cleans pasted HTML before ProseMirror parses it: ProseMirror builds the pasted nodes in the live
 * document, where an `onerror` on an image would run. Links keep only http, https and mailto.
 *
 * Chromium reports every inline handler and style attribute (and DOMParser every `<style>`) to
 * the page's Content Security Policy as soon as any parse of its DOM sets it, inert ones included:
 * DOMParser, `<template>`, `createHTMLDocument`, even `setHTML`. So the markup is first reduced
 * outside the DOM, and DOMPurify, checking it again, and ProseMirror only ever parse what is left.
 */
export function sanitizePastedHtml(html: string): string {
  return DOMPurify.sanitize(stripToAllowedMarkup(html), {
    ALLOWED_TAGS: [...pastedMarkupAllowlist.tags],
    ALLOWED_ATTR: [...pastedMarkupAllowlist.attributes],
    ALLOWED_URI_REGEXP: pastedMarkupAllowlist.linkSchemes,
    KEEP_CONTENT: true,
  });
}
