import { link, list, object, text } from "../fields";

/**
 * content/site.yaml: the words every page shares (the header, the footer, the site's name and
 * default description, the labels of the components posts use). The dApp's header and footer read
 * it too.
 */
export const SITE_FIELDS = {
  name: text("Site name (logo, browser tab, social cards)", 40),
  description: text("Default description (home page, social cards, search engines)", 160, { multiline: true }),
  twitterHandle: text("X (Twitter) account for social cards", 30, { pattern: { regex: /^@\w{1,15}$/, message: 'must be an account name starting with "@", such as "@session_app"' } }),
  skipLink: text("Skip link (keyboard users)", 40),
  header: object("Header", {
    homeLabel: text("Name of the logo link (screen readers)", 60),
    navLabel: text("Name of the main navigation (screen readers)", 30),
    mobileNavLabel: text("Name of the phone navigation (screen readers)", 30),
    menuLabel: text("Menu button (screen readers)", 30),
    links: list("Navigation links", link("Link", 24), { min: 1, max: 8, itemLabel: "label" }),
    stake: object("Stake button", {
      short: text("Text on phones", 16),
      full: text("Full text", 30),
      href: { kind: "href", label: "Link" },
    }),
    theme: object("Theme button (screen readers)", {
      toLight: text("When dark", 40),
      toDark: text("When light", 40),
      neutral: text("Before the page knows the theme", 40),
    }),
  }),
  footer: object("Footer", {
    blurb: text("Sentence under the logo", 200, { multiline: true }),
    social: list("Social links", link("Link"), { min: 1, max: 8, itemLabel: "label" }),
    groups: list("Link groups", object("Group", { title: text("Title", 30), links: list("Links", link("Link"), { min: 1, max: 8, itemLabel: "label" }) }), { min: 1, max: 4, itemLabel: "title" }),
    smallPrint: text("Small print", 160, { tokens: { year: "the current year", site: "the site name" } }),
  }),
  socialCard: object("Default social card (pages without their own)", {
    eyebrow: text("Small line above the title", 40),
    title: text("Title on the image", 90),
    alt: text("Description of the image", 120),
    tagline: text("Line at the bottom of every social card", 60),
  }),
  components: object("Labels of the components in posts and pages", {
    callout: object("Callout titles when none is given", { info: text("info", 30), tip: text("tip", 30), warning: text("warning", 30) }),
    video: object("Video player", {
      play: text("Play button (screen readers)", 60, { tokens: { title: "the video's title" } }),
      privacyNote: text("Note under the player", 80),
      youtube: text("YouTube link", 40),
      odysee: text("Odysee link", 40),
    }),
  }),
} as const;
