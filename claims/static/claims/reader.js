/* Saga reader page, progressive enhancement. Without this script every claim is a link to its
   review panel (shown by the CSS :target rule); with it, activating a claim opens the panel in
   place without jumping, Escape or "Back to the text" closes it and gives focus back to the claim.
   Loaded from a file with `defer`: no inline script, so a strict Content-Security-Policy holds. */
(function () {
  "use strict";

  var root = document.querySelector("[data-reader]");
  if (!root) {
    return;
  }
  document.documentElement.classList.add("js");

  function panelOf(link) {
    return document.getElementById(link.getAttribute("href").slice(1));
  }

  function claimOf(panel) {
    return document.getElementById("claim-" + panel.id.replace(/^review-/, ""));
  }

  // The address names the open panel, so it can be shared or reloaded, without a jump.
  function remember(id) {
    if (window.history && history.replaceState) {
      history.replaceState(null, "", "#" + id);
    }
  }

  function open(link, panel, moveFocus) {
    panel.classList.add("is-open");
    link.setAttribute("aria-expanded", "true");
    remember(panel.id);
    if (moveFocus) {
      panel.focus({ preventScroll: true });
    }
    panel.scrollIntoView({ block: "nearest" });
  }

  function close(link, panel, moveFocus) {
    panel.classList.remove("is-open");
    link.setAttribute("aria-expanded", "false");
    remember(link.id);
    if (moveFocus) {
      link.focus();
    }
  }

  var links = root.querySelectorAll("a.claim");
  Array.prototype.forEach.call(links, function (link) {
    var panel = panelOf(link);
    if (panel) {
      link.setAttribute("aria-controls", panel.id);
      link.setAttribute("aria-expanded", "false");
    }
  });

  root.addEventListener("click", function (event) {
    var link = event.target.closest("a.claim");
    if (link) {
      var panel = panelOf(link);
      if (!panel) {
        return;
      }
      event.preventDefault();
      if (panel.classList.contains("is-open")) {
        close(link, panel, false);
      } else {
        open(link, panel, true);
      }
      return;
    }
    var back = event.target.closest(".review-back a");
    if (back) {
      var review = back.closest(".review");
      var claim = claimOf(review);
      if (claim) {
        event.preventDefault();
        close(claim, review, true);
      }
    }
  });

  root.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") {
      return;
    }
    var review = event.target.closest(".review.is-open");
    var claim = review && claimOf(review);
    if (claim) {
      close(claim, review, true);
    }
  });

  // A link from elsewhere (the timeline, another page) to a review opens it.
  var target = location.hash && document.getElementById(location.hash.slice(1));
  if (target && target.classList.contains("review")) {
    var claimLink = claimOf(target);
    if (claimLink) {
      open(claimLink, target, false);
    }
  }
})();
