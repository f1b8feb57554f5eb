#!/usr/bin/env node
// Fixes, in a writable copy of ../shared/tools/teams-playground, a bug of its UI driver (converse.mjs)
// with the expanded Adaptive Card ChoiceSets our cards use (check boxes and radio buttons).
//
// The bug: in the playground's Adaptive Cards renderer each option's <input> has an aria-labelledby
// that lists the card's text, the input's label and the option itself, so its accessible name is
// "Pour quelle(s) commune(s)… Vos communes * Estaires", not "Estaires". The driver looks the option
// up with getByRole('checkbox' | 'radio', { name: <option title>, exact: true }), which matches
// nothing: `fill` waits 30 s and fails ("locator.setChecked: Timeout 30000ms exceeded"). The page
// probe also records the options' labels through aria-labelledby, so they never equal the titles.
//
// The fix: the option's label is its own <label for=…> (or its aria-label), and the driver acts on
// the n-th input of the group. Delete this file (and its call in install-harness.sh) once the shared
// harness has the fix.
//
// Usage: node patch-harness.mjs HARNESS_DIR   (idempotent; only warns if the code to fix is gone,
// for example because the shared harness was fixed: the e2e test then shows whether `fill` works)
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node patch-harness.mjs HARNESS_DIR');
  process.exit(2);
}

const MARKER = '/* autodiag-e2e: expanded ChoiceSet fix */';

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
