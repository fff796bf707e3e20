"""Swagger UI at /api/docs/, from drf-spectacular-sidecar's static files (no CDN).

The split view serves its start-up script as a separate file, and our template drops the
inline style block: the Content-Security-Policy allows scripts and styles from this origin only.
"""

from drf_spectacular.views import SpectacularSwaggerSplitView


class SwaggerView(SpectacularSwaggerSplitView):
    template_name = "api/swagger_ui.html"
