"""`GET /api/jobs/<id>/`: how an ingest sent to the workers is doing (README "API")."""

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

    def get_article(self, job) -> str | None:
        if job.article is None:
            return None
        return reverse("api:article-detail", kwargs={"slug": job.article.slug}, request=self.context["request"])


@extend_schema(summary="An ingest job", tags=["jobs"])
class JobView(generics.RetrieveAPIView):
    """A job of `POST /api/articles/` answered 202: queued, running, done (with its article) or
    failed (with the error). Its author and staff see it."""

    serializer_class = JobSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        jobs = Job.objects.select_related("article").defer("text", "article__body")
        user = self.request.user
        return jobs if user.is_staff else jobs.filter(created_by=user)
