// The agent console: two modes (answer an inquiry, search the knowledge base) sharing one
// article panel, and the keys that move between them.
import {ArticlePanel} from "./article_panel.js";
import {byId} from "./dom.js";
import {SearchMode} from "./search_mode.js";
import {ConnectionStatus} from "./status.js";
import {SuggestMode} from "./suggest_mode.js";

const status = new ConnectionStatus();
const articles = new ArticlePanel();
const suggestMode = new SuggestMode({status, articles});
const searchMode = new SearchMode({status, articles});

function switchTo(mode) {
  const suggesting = mode === "suggest";
  byId("suggest-view").hidden = !suggesting;
  byId("search-view").hidden = suggesting;
  byId("mode-suggest").setAttribute("aria-pressed", String(suggesting));
  byId("mode-search").setAttribute("aria-pressed", String(!suggesting));
  if (suggesting) suggestMode.focus();
  else searchMode.enter();
}

function isTyping(target) {
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

// Alt+1 / Alt+2: the modes; Alt+I: the inquiry; "/": the search box; Esc: close the article.
function globalKeys(event) {
  if (event.altKey && !event.ctrlKey && !event.metaKey) {
    // event.code, not event.key: Alt changes the character on some layouts (macOS).
    const action = {Digit1: () => switchTo("suggest"), Digit2: () => switchTo("search"), KeyI: () => switchTo("suggest")}[event.code];
    if (action) {
      event.preventDefault();
      action();
    }
    return;
  }
  if (event.key === "Escape" && articles.isOpen) {
    event.preventDefault();
    articles.close();
  } else if (event.key === "/" && !isTyping(event.target)) {
    event.preventDefault();
    switchTo("search");
  }
}

byId("mode-suggest").addEventListener("click", () => switchTo("suggest"));
byId("mode-search").addEventListener("click", () => switchTo("search"));
document.addEventListener("keydown", globalKeys);
suggestMode.focus();
status.start().then((ready) => suggestMode.setLanguages(ready.languages));
