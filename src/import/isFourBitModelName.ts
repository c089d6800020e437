/** Model ids that name a 4-bit checkpoint: `unsloth/…-bnb-4bit`, `…-4bit`, `…_4bit`, `…-nf4`. */
export function isFourBitModelName(name: string): boolean {
  return /(^|[-_./])(bnb[-_]?4bit|4bit|4-bit|int4|nf4)([-_./]|$)/iu.test(name);
}
