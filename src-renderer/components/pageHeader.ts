import { useEffect } from 'react';

/** A CSS string literal: quotes and backslashes escaped, line breaks as spaces. */
const cssString = (s: string) => `"${s.replace(/[\r\n]+/g, ' ').replace(/["\\]/g, '\\$&')}"`;

/**
 * Prints `text` at the top of every printed page while the screen is shown. A page-margin box
 * is the one place the browser repeats on each sheet; its words are set through the CSS object
 * model, which the page's Content-Security-Policy ("style-src 'self'") allows, unlike a <style> tag.
 */
export function usePageHeader(text: string): void {
  useEffect(() => {
    if (!text) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { @top-left { content: ${cssString(text)}; font-size: 10pt; } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [text]);
}
