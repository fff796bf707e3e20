"""`GET /api/jobs/<id>/`: how a job sent to the workers is doing (README "API")."""

from drf_spectacular.utils import extend_schema
from rest_framework import generics, permissions, serializers
from rest_framework.reverse import reverse

from intake.models import Job


class JobSerializer(serializers.ModelSerializer):
    article = serializers.SerializerMethodField(help_text="The article's API URL, once the job is done.")

    class Meta:
        model = Job
        fields = [
            "id",
            "kind",
            "state",
            "outcome",
            "error",
            "article",
            "attempts",
            "created_at",
            "started_at",
            "finished_at",
        ]
        read_only_fields = fields
        extra_kwargs = {
            "outcome": {"help_text": "Once done: created, revised, unchanged (an ingest) or reannotated."},
            "error": {
                "help_text": "Once failed: why, in a sentence (a refusal of the input, or the error's class and message)."
            },
        }

    def get_article(self, job) -> str | None:
        if job.article is None:
            return None
        return reverse("api:article-detail", kwargs={"slug": job.article.slug}, request=self.context["request"])


@extend_schema(summary="A job", tags=["jobs"])
class JobView(generics.RetrieveAPIView):
    """A job: an ingest (`POST /api/articles/` answered 202, the admin's Add article) or a
    re-annotation (the admin's action). Queued, running, done (with its article) or failed (with
    the error). Its author and staff see it."""

    serializer_class = JobSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        jobs = Job.objects.select_related("article").defer("text", "article__body")
        user = self.request.user
        return jobs if user.is_staff else jobs.filter(created_by=user)
