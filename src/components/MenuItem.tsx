import type { ButtonHTMLAttributes } from 'react';

export type MenuItemProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'role' | 'tabIndex'
>;

/**
 * One entry of a menu opened by `useMenu`: out of the Tab order (`tabIndex={-1}`), reached with the
 * arrow keys, Home and End, which find it by its `menuitem` role.
 */
export function MenuItem({ className, children, ...buttonProps }: MenuItemProps) {
  return (
    <button
      {...buttonProps}
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={className === undefined ? 'menu-item' : `menu-item ${className}`}
    >
      {children}
    </button>
  );
}
