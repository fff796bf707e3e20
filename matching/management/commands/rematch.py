"""Makes the claims-seen-before suggestions and the open inconsistencies again with the running
code's rules: `manage.py rematch [SLUG ...]`.

Suggestions are made when a claim is written or reviewed, so an upgrade of the matching rules
(matching/scoring.py, matching/facts.py) leaves the stored ones as the old rules made them: this
command scores the current claims of every article (or of those named) again. Each article is
done in its own transaction, its row locked as a re-annotation locks it, so an interrupted run
leaves every article either done or as it was. Dismissed suggestions and decided inconsistencies
stay (matching.services.refresh_matches).
"""

from django.core.management.base import CommandError
from django.db import transaction

from claims.models import Article, Claim
from matching.models import ClaimMatch, Inconsistency
from matching.services import refresh_matches
from saga.commands import WritingCommand


class Command(WritingCommand):
    help = "Scores the current claims of every article (or of the articles SLUG) against the claims seen before again."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", metavar="SLUG", help="only these articles (default: all)")

    def handle(self, *args, slugs, **options):
        articles = Article.objects.order_by("pk")
        if slugs:
            articles = articles.filter(slug__in=slugs)
            missing = sorted(set(slugs) - set(articles.values_list("slug", flat=True)))
            if missing:
                raise CommandError(f"no article with the slug {', '.join(map(repr, missing))}: nothing was changed")
        before = counts()
        ids = list(articles.values_list("pk", flat=True))
        for pk in ids:
            rematch_article(pk)
        after = counts()
        self.stdout.write(
            f"{counted(len(ids), 'article')} scored again: {counted(after[0], 'suggestion')} (were {before[0]}), "
            f"{counted(after[1], 'open inconsistency', 'open inconsistencies')} (were {before[1]})"
        )


@transaction.atomic
def rematch_article(pk: int) -> None:
    article = Article.objects.select_for_update().get(pk=pk)
    claims = list(Claim.objects.filter(article=article, revision=article.revision).order_by("position"))
    refresh_matches(article=article, claims=claims)


def counts() -> tuple[int, int]:
    return ClaimMatch.objects.shown().count(), Inconsistency.objects.filter(state=Inconsistency.State.OPEN).count()


def counted(number: int, one: str, many: str = "") -> str:
    return f"{number} {one if number == 1 else many or one + 's'}"
