"""The WSGI application, for gunicorn (``memberviews.web.wsgi:application``)."""

from __future__ import annotations

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "memberviews.web.settings")
application = get_wsgi_application()

# What is loaded now lives as long as the process: the cyclic collector need not walk it on
# every full collection (on the dashboard, those collections are the slowest 5% of pages).
gc.collect()
gc.freeze()
