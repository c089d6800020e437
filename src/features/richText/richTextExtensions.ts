import StarterKit from '@tiptap/starter-kit';
import { TableKit } from '@tiptap/extension-table';
import { isSafeLink } from '@/model/richText';

/** The one extension list of the editor; its node and mark names are the model's rich-text types. */
export const richTextExtensions = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    // The report store keeps undo history for the whole document.
    undoRedo: false,
    dropcursor: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['http', 'https', 'mailto'],
      isAllowedUri: (url) => isSafeLink(url),
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
];
