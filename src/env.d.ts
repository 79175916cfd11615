declare namespace App {
  interface Locals {
    /** What the components of the body being rendered show, from the page's data: set by src/components/mdx/EntryBody.astro. */
    bodyReferences?: import('./routes/entry-body').BodyReferences;
  }
}
