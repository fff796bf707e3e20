"""Saga's REST API (Django REST framework): articles, claims, reviews, the verdict feed, exports."""
