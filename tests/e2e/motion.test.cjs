// prefers-reduced-motion: the page's CSS stops every transition and animation, and the app draws
// nothing that moves or goes by itself (the "Link gekopieerd" note stays until the view changes,
// and no frame is drawn for it); with no preference the note goes after its 2,5 seconds.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness.cjs');

const env = h.useBrowser(test);

async function shareOnOverview(page) {
  await h.waitReady(page);
  await h.clickWidget(page, 'tabs.overzicht');
  await page.waitForFunction(() => window.jv.state().widgets['overzicht.search']);
  await h.clickWidget(page, 'overzicht.search');
  await page.keyboard.type('Hilversum');
  await page.waitForFunction(() => window.jv.state().widgets['overzicht.first_hit']);
  await h.clickWidget(page, 'overzicht.first_hit');
  await h.waitIdle(page, 300);
  await h.clickWidget(page, 'view.share');
  await page.waitForFunction(() => window.jv.state().widgets['view.share_copied']);
}

for (const reduce of [true, false]) {
  test(`reduced motion ${reduce ? 'asked' : 'not asked'}: transitions and the copied note`, async () => {
    const options = { permissions: ['clipboard-read', 'clipboard-write'],
                      reducedMotion: reduce ? 'reduce' : 'no-preference' };
    await h.withPage(env, options, async ({ page }) => {
      await shareOnOverview(page);
      const s = await h.state(page);
      assert.equal(s.view.reduced_motion, reduce);
      // A transition anywhere on the page (the text version's panels may get one) is cut to 0 s.
      const duration = await page.evaluate(() => {
        const el = document.createElement('div');
        el.style.transition = 'opacity 1s';
        el.style.animation = 'none 2s';
        document.body.appendChild(el);
        const t = getComputedStyle(el).transitionDuration;
        el.remove();
        return t;
      });
      assert.equal(duration, reduce ? '0s' : '1s');
      if (reduce) {
        // No frames for the note: the app is idle at once and stays so, the note still there.
        const frames = await h.waitIdle(page, 700);
        await page.waitForTimeout(3000);
        const later = await h.state(page);
        assert.equal(later.frames, frames, 'de app tekende verder voor een animatie');
        assert.ok(later.widgets['view.share_copied'], 'de melding bleef staan');
        assert.equal(later.view.wants_animation, false);
      } else {
        await page.waitForTimeout(3000);
        await h.waitIdle(page, 500);
        assert.equal((await h.state(page)).widgets['view.share_copied'], undefined);
      }
    });
  });
}
