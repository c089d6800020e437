/** The pieces of a MarkdownWithFigureSlots with the figure addresses put back between them. */
export function joinFigureSlots<Part>(pieces: readonly Part[], addresses: readonly Part[]): Part[] {
  const joined: Part[] = [];
  pieces.forEach((piece, index) => {
    const address = addresses[index - 1];
    if (index > 0 && address !== undefined) joined.push(address);
    joined.push(piece);
  });
  return joined;
}
