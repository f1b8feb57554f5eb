#!/usr/bin/env node
// Fixes, in a writable copy of ../shared/tools/teams-playground, seven bugs of its UI driver (converse.mjs and
// lib/page-probe.js) with Adaptive Cards our bot sends. Each fix carries its own marker, so that the test can tell
// which ones a copy has (tests/AutoDiag.EndToEnd.Tests/Support/RepositoryLayout.cs).
//
// 1. Expanded ChoiceSets (check boxes and radio buttons). The bug: in the playground's Adaptive Cards
// renderer each option's <input> has an aria-labelledby that lists the card's text, the input's label
// and the option itself, so its accessible name is
// "Pour quelle(s) commune(s)… Communes * Estaires", not "Estaires". The driver looks the option
// up with getByRole('checkbox' | 'radio', { name: <option title>, exact: true }), which matches
// nothing: `fill` waits 30 s and fails ("locator.setChecked: Timeout 30000ms exceeded"). The page
// probe also records the options' labels through aria-labelledby, so they never equal the titles.
//
// The fix: the option's label is its own <label for=…> (or its aria-label), and the driver acts on
// the n-th input of the group.
//
// 2. Inputs of an Action.ShowCard sub-card (« Ouvrir un thème », « Corriger les thèmes », « Marquer comme relu »).
// The driver resolves a `fill` key only among the inputs of the card's body, in the card JSON and in the page
// (where an unfolded ShowCard is a nested .ac-adaptiveCard): « card input "themeId" not found ». The fix: when the
// key is not in a card's body, look it up in the card's ShowCard sub-cards (as converse-api.mjs already does),
// then act on the input at the same place in the unfolded (visible) sub-card of that message. Click the ShowCard's
// button first, as a person would.
//
// 3. Input.Date. The playground renders it as a Fluent DatePicker, an <input role="combobox">: the driver took it
// for a compact ChoiceSet, clicked it (which opens a calendar over the next fields) and waited 5 s for an option
// named "2026-09-15". The fix: type the date (yyyy-MM-dd, the Adaptive Card format) in the box, confirm with Enter
// and close the calendar with Escape.
//
// 4. Action.OpenUrl. The playground gives its button the URL as `title` (a tooltip) and the action's title as
// aria-label and text: `click` looked buttons up by `title` only and never found « Fiche synthèse (page à
// imprimer) ». The fix: a button matches by its title, its aria-label or its text.
//
// 5. The URL of an Action.OpenUrl popup. The driver read it as soon as the popup existed, when it is still
// about:blank (empty) for a link that downloads a file (« Réponses (classeur Excel) »); the click then also waited
// 10 s for a bot reply that never comes. The fix: the popup's URL is the one it shows, or for a download the URL of
// its navigation request (3 s at most), recorded in `sent.popup` and `popups[]`.
//
// 6. Action.ShowCard buttons. A click that only unfolds a sub-card sends nothing; the driver waited 3.2 s for a
// request before saying so, at every « Ouvrir un thème » or « Corriger les thèmes ». The fix: a button with
// aria-expanded (how the renderer marks a ShowCard's button) is clicked without waiting for a request.
//
// 7. Suggested actions hidden by the page's order. When the bot answers before the playground has shown the
// élu's own message (its POST returns after the bot's replies came through the websocket), the page appends that
// message below the replies: the chat then ends with the élu's message and the playground hides the suggested
// actions of the bot's last message, which Teams shows. `click` of « Rien à signaler » then failed although the bot
// had sent it. The fix: when the button is not on the page but the bot's last message offers it as an imBack, the
// driver sends its value as a message, which is what the button does.
//
// Delete a fix (and this file, and its call in install-harness.sh, once none is left) when the shared harness
// has it.
//
// Usage: node patch-harness.mjs HARNESS_DIR   (idempotent; only warns if the code to fix is gone,
// for example because the shared harness was fixed: the e2e tests then show whether it works)
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node patch-harness.mjs HARNESS_DIR');
  process.exit(2);
}

const MARKER = '/* autodiag-e2e: expanded ChoiceSet fix */';
const SHOWCARD = '/* autodiag-e2e: ShowCard inputs fix */';
const DATE = '/* autodiag-e2e: Input.Date fix */';
const OPENURL = '/* autodiag-e2e: OpenUrl button fix */';
const POPUP = '/* autodiag-e2e: popup URL fix */';
const SHOWCARD_CLICK = '/* autodiag-e2e: ShowCard click fix */';
const HIDDEN_SUGGESTION = '/* autodiag-e2e: hidden suggestion fix */';

const patches = [
  {
    file: 'lib/page-probe.js',
    from: 'r.options = els.map((e) => ({ label: labelOf(e), checked: e.checked }));',
    to: `${MARKER} r.options = els.map((e) => {
        const forLabel = e.id ? document.querySelector(\`label[for="\${CSS.escape(e.id)}"]\`) : null;
        return { label: (forLabel && txt(forLabel)) || e.getAttribute('aria-label') || labelOf(e), checked: e.checked };
      });`,
  },
  {
    file: 'converse.mjs',
    from: "await target.getByRole('radio', { name: titles[0], exact: true }).check();",
    to: `${MARKER} {
                const at = mark.options.findIndex((o) => o.label === titles[0]);
                if (at < 0) throw new Error(\`choice "\${titles[0]}" not found among \${JSON.stringify(mark.options.map((o) => o.label))}\`);
                await target.locator('input[type="radio"]').nth(at).check();
              }`,
  },
  {
    file: 'converse.mjs',
    from: "for (const o of mark.options) await target.getByRole('checkbox', { name: o.label, exact: true }).setChecked(titles.includes(o.label));",
    to: `${MARKER} {
                const missing = titles.filter((t) => !mark.options.some((o) => o.label === t));
                if (missing.length) throw new Error(\`choices \${JSON.stringify(missing)} not found among \${JSON.stringify(mark.options.map((o) => o.label))}\`);
                const boxes = target.locator('input[type="checkbox"]');
                for (let i = 0; i < mark.options.length; i++) await boxes.nth(i).setChecked(titles.includes(mark.options[i].label));
              }`,
  },
  // 2. Inputs of ShowCard sub-cards.
  {
    file: 'converse.mjs',
    from: "import { ADAPTIVE, resolveChoices, resolveInput, summarizeAttachment, isObject } from './lib/cards.mjs';",
    to: `import { ADAPTIVE, findActions, flattenInputs, resolveChoices, resolveInput, summarizeAttachment, isObject } from './lib/cards.mjs'; ${SHOWCARD}`,
  },
  {
    file: 'converse.mjs',
    from: '            const mark = await page.evaluate(([k, p]) => window.__tp.markInput(k, p), [key, pos]);\n'
      + '            if (!mark) throw new Error(`card input "${key}" not found (by id, label or placeholder)`);',
    to: `            ${SHOWCARD} for (let k = wsBot.length - 1; k >= 0 && !pos; k--) {
              const cards = (wsBot[k].attachments || []).filter((a) => (a.contentType || '').toLowerCase() === ADAPTIVE && isObject(a.content));
              for (let c = cards.length - 1; c >= 0 && !pos; c--) {
                for (const sub of findActions(cards[c].content).filter((a) => a.type === 'Action.ShowCard' && isObject(a.card)).map((a) => a.card)) {
                  const r = resolveInput(sub, key);
                  if (r) { input = r.input; pos = { msgIndex: k, cardIndex: c, inputIndex: r.index, label: r.input.label ?? r.input.title, sub: true, count: flattenInputs(sub).length }; break; }
                }
              }
            }
            const mark = await page.evaluate(([k, p]) => window.__tp.markInput(k, p), [key, pos]);
            if (!mark) throw new Error(\`card input "\${key}" not found (by id, label or placeholder)\${pos?.sub ? '; it is in an Action.ShowCard: click its button first' : ''}\`);`,
  },
  {
    file: 'lib/page-probe.js',
    from: '    if (pos) {\n      const card = cardsOf(pos.msgIndex)[pos.cardIndex];',
    to: `    if (pos && pos.sub) {
      ${SHOWCARD} // the unfolded sub-cards of that card, newest first; the input at the JSON's place, its label checked
      const top = cardsOf(pos.msgIndex)[pos.cardIndex];
      const nested = top ? [...top.querySelectorAll('.ac-adaptiveCard')].filter(visible).reverse() : [];
      let fallback = null;
      for (const sub of nested) {
        const ct = own(sub, '.ac-input-container', sub)[pos.inputIndex];
        if (!ct || own(sub, '.ac-input-container', sub).length !== pos.count) continue;
        if (!pos.label || same(serializeInput(ct).label.replace(/\\s*\\*$/, ''), pos.label, true)) return describe(ct, pos.msgIndex);
        fallback = fallback || ct;
      }
      return fallback ? describe(fallback, pos.msgIndex) : null;
    }
    if (pos) {
      const card = cardsOf(pos.msgIndex)[pos.cardIndex];`,
  },
  // 3. Input.Date.
  {
    file: 'converse.mjs',
    from: "            if (mark.kind === 'combobox') {",
    to: `            if (input?.type === 'Input.Date') {
              ${DATE} const box = target.locator('input').first();
              await box.fill(String(value));
              await box.press('Enter');
              await page.keyboard.press('Escape');
            } else if (mark.kind === 'combobox') {`,
  },
  // 4. Action.OpenUrl buttons.
  {
    file: 'lib/page-probe.js',
    from: "          const name = b.getAttribute('title') || txt(b);\n          if (visible(b) && same(name, title, loose)) return { token: mark(b), where, msgIndex: k };",
    to: `          ${OPENURL} const names = [b.getAttribute('title'), b.getAttribute('aria-label'), txt(b)].filter(Boolean);
          if (visible(b) && names.some((name) => same(name, title, loose))) return { token: mark(b), where, msgIndex: k };`,
  },
  {
    file: 'lib/page-probe.js',
    from: ".map((b) => b.getAttribute('title') || txt(b)).filter(Boolean);",
    to: `.map((b) => b.getAttribute('aria-label') || b.getAttribute('title') || txt(b)).filter(Boolean); ${OPENURL}`,
  },
  // 5. The URL of a popup.
  {
    file: 'converse.mjs',
    from: "context.on('page', async (p) => { if (p === page) return; transcript.popups.push({ atMs: rel(now()), url: p.url() }); await p.close().catch(() => {}); });",
    to: `${POPUP} const popupNavigations = []; // URLs of the navigations of pages other than the chat, in order
    context.on('request', (r) => {
      if (!r.isNavigationRequest()) return;
      let frame = null;
      try { frame = r.frame(); } catch { /* a popup's first navigation comes before its frame */ }
      if (!frame || frame.page() !== page) popupNavigations.push(r.url());
    });
    const popupUrl = async (p) => {
      const blank = (u) => !u || u === 'about:blank';
      for (const until = now() + 3000; now() < until; await sleep(50)) {
        if (!blank(p.url())) {
          const at = popupNavigations.indexOf(p.url());
          if (at >= 0) popupNavigations.splice(at, 1);
          return p.url();
        }
        // a download: the popup never leaves about:blank, but its navigation was requested
        if (popupNavigations.length) return popupNavigations.shift();
      }
      return p.url();
    };
    context.on('page', async (p) => { if (p === page) return; p.__tpUrl = popupUrl(p); const url = await p.__tpUrl; transcript.popups.push({ atMs: rel(now()), url }); await p.close().catch(() => {}); });`,
  },
  {
    file: 'converse.mjs',
    from: 'rec.sent = { popup: first.popup.url() };',
    to: `rec.sent = { popup: await (first.popup.__tpUrl ?? first.popup.url()) }; ${POPUP}`,
  },
  // 6. ShowCard buttons.
  {
    file: 'converse.mjs',
    from: '          await page.locator(`[data-tp-target="${mark.token}"]`).click();',
    to: `          ${SHOWCARD_CLICK} const unfoldsOnly = (await page.locator(\`[data-tp-target="\${mark.token}"]\`).getAttribute('aria-expanded')) !== null;
          await page.locator(\`[data-tp-target="\${mark.token}"]\`).click();`,
  },
  {
    file: 'converse.mjs',
    from: "          const first = await Promise.race([reqP.then((r) => r && { req: r }),",
    to: `          const first = unfoldsOnly ? {} : await Promise.race([reqP.then((r) => r && { req: r }), ${SHOWCARD_CLICK}`,
  },
  // 7. Suggested actions the page hid.
  {
    file: 'converse.mjs',
    from: "        } else if (kind === 'click') {\n          const mark = await page.evaluate((ti) => window.__tp.markButton(ti), step.click);",
    to: `        } else if (kind === 'click' && !(await page.evaluate((ti) => window.__tp.markButton(ti), step.click))
          && (wsBot.at(-1)?.suggestedActions?.actions || []).some((a) => a.type === 'imBack' && a.title === step.click)) {
          ${HIDDEN_SUGGESTION} const action = wsBot.at(-1).suggestedActions.actions.find((a) => a.type === 'imBack' && a.title === step.click);
          rec.note = 'the playground hid the suggested action (the élu\\'s message was shown below the replies): its imBack value was sent';
          const editor = page.locator(EDITOR);
          await editor.click();
          await editor.fill(String(action.value ?? action.title));
          const reqP = page.waitForResponse((r) => r.request().method() === 'POST' && /\\/_conversation\\/v1\\/conversations\\/[^/]+\\/messages$/.test(r.url()), { timeout: 10000 });
          rec.turn = rc.newTurn(i + 1, 'click', { title: step.click });
          await page.locator(SEND).click();
          const resp = await reqP;
          rec.sent = { path: new URL(resp.url()).pathname, status: resp.status(), suggestionTyped: true };
          if (shouldSettle) await rc.settle(rec.bot, { needFirst: true, firstTimeout: step.replyTimeout ?? opts.replyTimeout });
        } else if (kind === 'click') {
          const mark = await page.evaluate((ti) => window.__tp.markButton(ti), step.click);`,
  },
];

for (const p of patches) {
  const file = path.join(dir, p.file);
  const text = fs.readFileSync(file, 'utf8');
  if (text.includes(p.to)) {
    continue; // already patched
  }
  if (!text.includes(p.from)) {
    console.error(`patch-harness: warning: ${p.file} no longer contains the code this fix replaces; if the shared harness fixed it, delete tests/e2e/patch-harness.mjs.`);
    continue;
  }
  fs.writeFileSync(file, text.replace(p.from, p.to));
  console.log(`patch-harness: patched ${p.file}`);
}
