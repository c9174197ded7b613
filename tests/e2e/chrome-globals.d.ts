/**
 * The few `chrome.*` calls the end-to-end tests make inside extension
 * contexts (service worker, extension pages) through `evaluate`.
 */
declare const chrome: {
  tabs: {
    query(query: {
      active?: boolean;
      lastFocusedWindow?: boolean;
      currentWindow?: boolean;
      url?: string;
    }): Promise<{ id?: number; url?: string }[]>;
    create(properties: { url: string; openerTabId?: number }): Promise<{ id?: number }>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    sendMessage(extensionId: string, message: unknown): Promise<unknown>;
    getManifest(): Record<string, unknown>;
    getURL(path: string): string;
  };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
};
