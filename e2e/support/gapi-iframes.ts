// A stand-in for Google's iframe messaging library (https://apis.google.com/js/api.js), which
// Firebase Auth's pop-up sign-in and the Auth emulator's relay page load from the internet. These
// machines have none, so the browser tests serve this instead: the few calls both sides make
// (open a frame, ping it, register a handler, send a message and collect the answers), carried by
// postMessage. Everything else in the pop-up sign-in is real: the SDK, the emulator's provider
// page and its relay frame, and Auth's sign-in with the provider's answer.
import type { BrowserContext } from 'playwright-core';

/** The library itself, run in the page (the app) and in the emulator's relay frame alike. */
function gapiIframes() {
  type Handler = (data: unknown) => unknown;
  type Message =
    | { gapiShim: 'ready' }
    | { gapiShim: 'call'; id: string; name: string; data: unknown }
    | { gapiShim: 'reply'; id: string; result: unknown };
  const win = window as unknown as Record<string, unknown>;
  let counter = 0;

  /** One side of a conversation with another window: handlers by name, answers by call id. */
  const channel = (peer: () => Window | null) => {
    const handlers = new Map<string, Handler>();
    const waiting = new Map<string, (result: unknown) => void>();
    /** Calls that came before their handler was registered. */
    const early: Extract<Message, { gapiShim: 'call' }>[] = [];
    let ready = false;
    const onReady: (() => void)[] = [];
    const answer = async (call: Extract<Message, { gapiShim: 'call' }>) => {
      const handler = handlers.get(call.name);
      if (!handler) {
        early.push(call);
        return;
      }
      const result = await handler(call.data);
      peer()?.postMessage({ gapiShim: 'reply', id: call.id, result } satisfies Message, '*');
    };
    window.addEventListener('message', (event: MessageEvent) => {
      const message = event.data as Message | null;
      if (!message || typeof message !== 'object' || !('gapiShim' in message)) return;
      if (event.source !== peer()) return;
      if (message.gapiShim === 'ready') {
        ready = true;
        for (const run of onReady.splice(0)) run();
      } else if (message.gapiShim === 'call') {
        void answer(message);
      } else {
        waiting.get(message.id)?.(message.result);
        waiting.delete(message.id);
      }
    });
    return {
      register(name: string, handler: Handler) {
        handlers.set(name, handler);
        for (const call of early.splice(0)) void answer(call);
      },
      send(name: string, data: unknown, onDone?: (results: unknown[]) => void) {
        counter += 1;
        const id = `${Date.now()}-${counter}`;
        waiting.set(id, (result) => onDone?.(result === undefined ? [] : [result]));
        peer()?.postMessage({ gapiShim: 'call', id, name, data } satisfies Message, '*');
      },
      whenReady(run: () => void) {
        if (ready) run();
        else onReady.push(run);
      },
    };
  };

  const context = {
    /** The app's side: a hidden frame, and a conversation with it once it says it is ready. */
    open(
      options: { where: HTMLElement; url: string; attributes?: Record<string, unknown> },
      onOpened: (frame: unknown) => Promise<unknown>,
    ) {
      const element = document.createElement('iframe');
      const { style, ...attributes } = options.attributes ?? {};
      Object.assign(element.style, style ?? {});
      for (const [name, value] of Object.entries(attributes)) {
        element.setAttribute(name, String(value));
      }
      element.src = options.url;
      options.where.appendChild(element);
      const conversation = channel(() => element.contentWindow);
      const frame = {
        restyle: () => Promise.resolve(),
        ping: (callback: () => void) =>
          new Promise<void>((resolve) =>
            conversation.whenReady(() => {
              callback();
              resolve();
            }),
          ),
        register: (name: string, handler: Handler) => conversation.register(name, handler),
        send: (name: string, data: unknown, onDone?: (results: unknown[]) => void) =>
          conversation.send(name, data, onDone),
      };
      return onOpened(frame);
    },
    /** The relay frame's side: a conversation with the page that opened it. */
    getParentIframe() {
      const conversation = channel(() => window.parent);
      return {
        register: (name: string, handler: Handler) => conversation.register(name, handler),
        send: (name: string, data: unknown, onDone?: (results: unknown[]) => void) =>
          conversation.send(name, data, onDone),
      };
    },
  };

  win.gapi = {
    load: (_module: string, options: { callback: () => void }) => options.callback(),
    iframes: {
      Iframe: function Iframe() {},
      CROSS_ORIGIN_IFRAMES_FILTER: () => true,
      getContext: () => context,
    },
  };
  // The loader names its callback in its address (the SDK) or as `gapi_onload` (the relay frame).
  const script = document.currentScript as HTMLScriptElement | null;
  const callbackName = script ? new URL(script.src).searchParams.get('onload') : null;
  const callback = win[callbackName ?? 'gapi_onload'];
  if (typeof callback === 'function') callback();
  if (window.parent !== window) {
    window.parent.postMessage({ gapiShim: 'ready' } satisfies Message, '*');
  }
}

/**
 * Serves the stand-in wherever a page of `context` asks for Google's library, and answers the
 * provider page's styles and fonts (from unpkg and Google Fonts) empty: it works without them.
 */
export async function serveGapiIframes(context: BrowserContext): Promise<void> {
  await context.route('https://apis.google.com/js/api.js**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `(${gapiIframes.toString()})();` }),
  );
  for (const styles of ['https://unpkg.com/**', 'https://fonts.googleapis.com/**']) {
    await context.route(styles, (route) => route.fulfill({ status: 204, body: '' }));
  }
}
