import { createContext, useContext } from 'react';

/** True inside the print view: links print their address, figures draw in the light theme. */
export const PrintMedium = createContext(false);

export function useIsPrintMedium(): boolean {
  return useContext(PrintMedium);
}
