import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { isSafeLink } from '@/model/richText';
import { addressAutolink } from './addressAutolink';

/** The one extension list of the editor; its node and mark names are the model's rich-text types. */
export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    // The report store keeps undo history for the whole document.
    undoRedo: false,
    dropcursor: false,
    link: {
      openOnClick: false,
      // Tiptap's autolink also makes the link mark inclusive, so a "." typed after a link joined
      // it; addressAutolink links typed addresses instead, and text typed after a link stays out.
      autolink: false,
      protocols: ['http', 'https', 'mailto'],
      isAllowedUri: (url) => isSafeLink(url),
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  addressAutolink,
];
