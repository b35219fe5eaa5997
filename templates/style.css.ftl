<#-- The site's one stylesheet. A template only so that the breathing rhythm comes from content/handbook.yml. -->
<#assign breathing = handbook.settings.breathing>
<#-- Written without comments or indentation (compress): 30 % less for every page to fetch. -->
<#compress>
<#-- Mobile first: one column at 360 px, a readable measure on wide screens, big type and big tap targets. -->
:root {
  --text: #1b1b1b;
  --muted: #474747;
  --bg: #ffffff;
  --panel: #f3f5f7;
  --accent: #0b4f8a;
  --danger: #a3001b;
  --danger-bg: #fdeced;
  --amber: #7a4a00;
  --amber-bg: #fff4dc;
  --border: #8a8a8a;
  <#-- The focus ring: at least 3:1 against every background it sits on (white, panels, the pink and amber boxes). -->
  --focus: #1b1b1b;
  --brand: <#if clinic?? && clinic.brandColour?has_content>${clinic.brandColour}<#else>#0b4f8a</#if>;
}
@media (prefers-color-scheme: dark) {
  :root {
    --text: #f1f1f1;
    --muted: #cfcfcf;
    --bg: #121416;
    --panel: #1d2125;
    --accent: #9cc7ff;
    --danger: #ff9e9e;
    --danger-bg: #3a1417;
    --amber: #ffd27a;
    --amber-bg: #33270d;
    --border: #777777;
    --focus: #ffbf47;
  }
}
*, *::before, *::after { box-sizing: border-box; }
<#-- A long word, name or address breaks rather than widen the page; phone numbers hold together with no-break
   spaces and break only when even one of them is wider than the screen (200 % text on a 320 px phone). Tables
   keep their words whole and scroll in their own box. -->
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; overflow-wrap: anywhere; }
table { overflow-wrap: normal; }
body {
  margin: 0;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  line-height: 1.55;
  color: var(--text);
  background: var(--bg);
  overflow-wrap: break-word;
}
.top, main, .site-footer { max-width: 40rem; margin: 0 auto; padding: 0 1rem; }
<#-- Headings never grow so large on a narrow screen with large text that a word no longer fits a line: at 200 %
   text on a 320 px phone they stay a little larger than the body text instead of twice as large. -->
h1 { font-size: min(1.8rem, max(1.2rem, 11vw)); line-height: 1.2; margin: 1rem 0 .5rem; hyphens: auto; }
h2 { font-size: min(1.4rem, max(1.1rem, 8.5vw)); line-height: 1.25; margin: 2rem 0 .5rem; hyphens: auto; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 .25rem; }
p, li { max-width: 36em; }
li { margin: .35rem 0; }
a { color: var(--accent); }
a:focus-visible, .breathe-toggle:focus-visible + .breathe-control { outline: 3px solid var(--focus); outline-offset: 2px; }
img { max-width: 100%; height: auto; }
<#-- Pictures of positions and movements: dark lines on no background, each with its caption under it; several
   side by side when the screen has room. In dark mode the lines turn light (inverted, the arrow's blue kept). -->
.figure { margin: 1rem 0; max-width: 24rem; }
.figure img { display: block; width: auto; max-width: 100%; max-height: 12rem; }
.figure figcaption { font-weight: 600; margin-top: .35rem; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 10rem), 1fr)); gap: 1rem; margin: 1rem 0; }
.figures .figure { margin: 0; display: flex; flex-direction: column; justify-content: flex-end; }
@media (prefers-color-scheme: dark) { .figure img { filter: invert(1) hue-rotate(180deg); } }
.summary { font-size: 1.15rem; color: var(--muted); margin-top: 0; }

.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 1; }

<#-- Header: the way home and the way to the danger signs, both big enough to hit with a thumb. -->
.top { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: .5rem; padding-top: .5rem; padding-bottom: .5rem; border-bottom: 1px solid var(--border); }
.brand { font-weight: 700; text-decoration: none; color: var(--brand); display: inline-flex; align-items: center; gap: .5rem; min-height: 44px; min-width: 0; }
.brand .logo { width: auto; height: auto; max-height: 40px; max-width: min(160px, 30vw); flex: none; object-fit: contain; }
<#-- Words of a long clinic name stay whole unless one alone is wider than the space left. -->
.brand > span { min-width: 0; overflow-wrap: break-word; }
.brand-title { display: block; font-size: .8rem; font-weight: 400; color: var(--muted); }
@media (prefers-color-scheme: dark) { .brand { color: var(--text); } }
.language-link { display: inline-flex; align-items: center; min-height: 44px; padding: 0 .5rem; font-weight: 600; }
.danger-link { display: inline-flex; align-items: center; min-height: 44px; padding: 0 1rem; border: 2px solid transparent; border-radius: .5rem; background: #a3001b; color: #ffffff; font-weight: 700; text-decoration: none; }

<#-- The emergency box on the start page. -->
.emergency { border: 3px solid var(--danger); background: var(--danger-bg); border-radius: .75rem; padding: .25rem 1rem 1rem; margin: 1rem 0; }
.emergency h2 { color: var(--danger); margin-top: .75rem; }
.emergency p { margin: .25rem 0; }
.call { display: flex; align-items: center; justify-content: center; min-height: 56px; margin: 1rem 0 .5rem; border-radius: .5rem; background: #a3001b; color: #ffffff; font-size: clamp(1.2rem, 9vw, 1.5rem); font-weight: 700; text-decoration: none; text-align: center; padding: .25rem .5rem; border: 2px solid transparent; }
<#-- Buttons wrap their words inside the box, even at twice the text size on a 320 px phone; a word wider than
   the box (rare) breaks with a hyphen where the browser knows the language's hyphenation, else anywhere. -->
.call, main a[href$=".pdf"], main a[href$=".zip"], .step-links a, .pager a { overflow-wrap: anywhere; hyphens: auto; }
.more a { display: inline-flex; align-items: center; min-height: 44px; }

<#-- The immediate steps: a numbered list of big links. -->
.step-links { list-style: none; counter-reset: step; padding: 0; margin: .5rem 0; }
.step-links li { counter-increment: step; margin: 0 0 .6rem; max-width: none; }
.step-links a { display: flex; align-items: center; gap: .75rem; min-height: 60px; padding: .6rem 1rem; border: 2px solid var(--accent); border-radius: .75rem; font-size: 1.2rem; font-weight: 600; text-decoration: none; background: var(--panel); }
.step-links a > span { min-width: 0; }
.step-links a::before { content: counter(step); flex: none; display: inline-flex; align-items: center; justify-content: center; width: 2.2rem; height: 2.2rem; border-radius: 50%; background: var(--accent); color: var(--bg); font-weight: 700; }

<#-- The three tiers on the danger-signs page, by their fixed heading ids: red, amber, blue. -->
#call-now { color: var(--danger); }
#call-now + ul, #see-doctor-today + ul, #book-appointment + ul { list-style: disc; margin: .5rem 0 1rem; padding: .5rem 1rem .5rem 2.25rem; border-left: 6px solid; border-radius: .5rem; font-weight: 600; }
#call-now + ul { border-color: var(--danger); background: var(--danger-bg); }
#see-doctor-today + ul { border-color: var(--amber); background: var(--amber-bg); }
#book-appointment + ul { border-color: var(--accent); background: var(--panel); }
<#-- Downloads (the PDFs and the zip) are big buttons. -->
main a[href$=".pdf"], main a[href$=".zip"] { display: inline-flex; align-items: center; max-width: 100%; min-height: 48px; padding: .25rem 1rem; border: 2px solid var(--accent); border-radius: .5rem; font-weight: 700; text-decoration: none; }
<#-- Phone numbers in the text: inline padding widens the tap area without moving the lines. -->
main a[href^="tel:"] { padding: .7rem .25rem; font-weight: 700; }

<#-- Each immediate step's heading on the first-hour page carries its number. -->
.step-number { display: block; font-size: .8rem; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); }

.topics ul, .footer-links { list-style: none; padding: 0; }
.topics a, .footer-links a { display: flex; align-items: center; min-height: 44px; }

<#-- Previous and next through the handbook. -->
.pager { display: flex; flex-wrap: wrap; gap: .75rem; margin: 2rem 0; }
.pager a { flex: 1 1 min(12rem, 100%); min-width: 0; display: flex; flex-direction: column; justify-content: center; min-height: 60px; padding: .5rem 1rem; border: 2px solid var(--accent); border-radius: .75rem; text-decoration: none; font-weight: 600; }
.pager .next { text-align: right; }
.pager-label { font-size: .85rem; font-weight: 400; color: var(--muted); }

.table-scroll { max-width: 100%; overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--border); padding: .3rem .45rem; text-align: left; }
td { font-size: 1.1rem; }

<#-- The clinic's contact block: every way to reach it is a big tap target. -->
.contact { margin: 1rem 0; padding: .75rem 1rem; border: 2px solid var(--border); border-radius: .75rem; color: var(--text); }
.contact h2 { margin: 0 0 .25rem; font-size: 1.2rem; }
.contact p { margin: 0 0 .5rem; }
.contact-links { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.contact-links a { display: flex; flex-wrap: wrap; column-gap: .35em; align-items: center; min-width: 0; overflow-wrap: anywhere; min-height: 48px; padding: 0 1rem; border: 2px solid var(--accent); border-radius: .5rem; text-decoration: none; font-weight: 700; font-size: 1.05rem; }
.contact-links a.booking { background: var(--brand); border-color: var(--brand); color: #ffffff; }

.site-footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--border); font-size: .9rem; color: var(--muted); }
.readers { font-weight: 700; margin: 0 0 .75rem; }
.emergency-line { font-size: 1.1rem; font-weight: 700; color: var(--text); }

<#-- The breathing guide. A checkbox switches it on and off; while off, its animated parts are not displayed,
   so nothing runs until the reader starts it (WCAG 2.2.2). -->
.breathe { margin: 1rem 0; border: 2px solid var(--accent); border-radius: .75rem; background: var(--panel); }
.breathe-toggle { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; }
.breathe-control { display: flex; align-items: center; min-height: 56px; padding: .5rem 1rem; cursor: pointer; font-weight: 700; font-size: 1.15rem; color: var(--accent); }
.breathe-toggle:checked + .breathe-control .breathe-start, .breathe-toggle:not(:checked) + .breathe-control .breathe-stop { display: none; }
.breathe-text { margin: 0; padding: 0 1rem 1rem; }
.breathe-body { display: none; padding: 0 1rem 1rem; }
.breathe-toggle:checked ~ .breathe-body { display: block; }
.breathe-visual { display: grid; justify-items: center; gap: .75rem; padding: 1rem 0; }
.breathe-circle {
  width: 9rem;
  height: 9rem;
  border-radius: 50%;
  background: var(--accent);
  border: .3rem solid transparent;
  opacity: .8;
  transform: scale(.55);
}
.breathe-toggle:checked ~ .breathe-body .breathe-circle { animation: breathe-circle ${breathing.cycleSeconds}s ease-in-out infinite; }
.breathe-label { display: grid; margin: 0; font-size: 1.5rem; font-weight: 700; }
.breathe-label span { grid-area: 1 / 1; text-align: center; }
.breathe-toggle:checked ~ .breathe-body .breathe-in { animation: breathe-in-label ${breathing.cycleSeconds}s steps(1, end) infinite; }
.breathe-toggle:checked ~ .breathe-body .breathe-out { animation: breathe-out-label ${breathing.cycleSeconds}s steps(1, end) infinite; }
@keyframes breathe-circle {
  0% { transform: scale(.55); }
  ${breathing.inPercent()}% { transform: scale(1); }
  100% { transform: scale(.55); }
}
@keyframes breathe-in-label {
  0% { opacity: 1; }
  ${breathing.inPercent()}% { opacity: 0; }
  100% { opacity: 0; }
}
@keyframes breathe-out-label {
  0% { opacity: 0; }
  ${breathing.inPercent()}% { opacity: 1; }
  100% { opacity: 1; }
}
<#-- Reduced motion: nothing grows or moves; the rhythm stays as text. -->
@media (prefers-reduced-motion: reduce) {
  .breathe-toggle:checked ~ .breathe-body .breathe-circle,
  .breathe-toggle:checked ~ .breathe-body .breathe-in,
  .breathe-toggle:checked ~ .breathe-body .breathe-out { animation: none; }
  .breathe-circle { transform: none; width: 3rem; height: 3rem; }
  .breathe-label { display: none; }
}

<#-- Forced colours (Windows high contrast and others) drop backgrounds but paint every border, transparent ones
   too: so the buttons keep an outline and the breathing circle a ring (see .call, .danger-link, .breathe-circle). -->

@media (min-width: 48rem) {
  html { font-size: 118.75%; }
  h1 { font-size: 2.2rem; }
}

<#-- Shown only by the live preview (handbook serve) while an edit has problems. -->
.preview-problems { margin: 0; padding: .75rem 1rem; background: #fff4dc; color: #1b1b1b; border-bottom: 4px solid #a3001b; font-family: monospace; }

<#-- Print: the words, without navigation or the animation. -->
@media print {
  html { font-size: 12pt; }
  body { background: #ffffff; color: #000000; }
  .top, .pager, .skip, .topics, .footer-links, .languages, .breathe-control, .breathe-visual { display: none; }
  .breathe { border: none; background: none; }
  .breathe-body { display: block; padding: 0; }
  .contact-links a { border: none; padding: 0; min-height: 0; }
  .contact-links a.booking { background: none; color: #000000; }
  .print-section { break-before: page; }
  .figure, .figures { break-inside: avoid; }
  <#-- On paper: a heading stays with what follows it, a danger-sign list or the emergency box is never split,
     no paragraph leaves one line alone, and a link to another site prints where it goes. -->
  h1, h2, h3, h4 { break-after: avoid; }
  .emergency, li, table, #call-now + ul, #see-doctor-today + ul, #book-appointment + ul { break-inside: avoid; }
  p, li { orphans: 3; widows: 3; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-weight: normal; overflow-wrap: anywhere; }
  .figure img { filter: none; }
  .print-section:first-of-type { break-before: auto; }
  a { color: #000000; }
  .emergency { border-color: #000000; background: none; }
  .call { background: none; color: #000000; border: 2px solid #000000; }
  .step-links a { background: none; border-color: #000000; }
  .step-links a::before { background: none; color: #000000; border: 2px solid #000000; }
}
</#compress>
