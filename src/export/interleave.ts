/** Pieces with the items of `between` put between them in order: piece 0, item 0, piece 1, … */
export function interleave<Part>(pieces: readonly Part[], between: readonly Part[]): Part[] {
  const joined: Part[] = [];
  pieces.forEach((piece, index) => {
    const item = between[index - 1];
    if (index > 0 && item !== undefined) joined.push(item);
    joined.push(piece);
  });
  return joined;
}
