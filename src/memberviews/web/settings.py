"""Settings of the memberviews web application.

Read from the environment, with defaults that run on one machine with nothing to install:

- ``MEMBERVIEWS_DATA``: the data folder (default ``./data``): the SQLite database, the
  secret key (made on first run) and uploaded files;
- ``DATABASE_URL``: a PostgreSQL database (``postgres://user@host:5432/name``) instead of
  SQLite;
- ``MEMBERVIEWS_DEBUG=1``: Django's debug pages (never in production);
- ``MEMBERVIEWS_HOSTS``: the host names served, comma-separated (default: local only);
- ``MEMBERVIEWS_EMAIL_HOST`` / ``MEMBERVIEWS_EMAIL_PORT``: the SMTP server (default
  localhost:25), ``MEMBERVIEWS_FROM``: the sender of the notes verbales;
- ``MEMBERVIEWS_SECRET_KEY``: the secret key (else one made on first run in the data folder;
  several machines must share one);
- ``MEMBERVIEWS_HTTPS=1``: served over HTTPS (production): secure cookies, redirection to
  HTTPS, HSTS; behind a proxy that terminates TLS, ``MEMBERVIEWS_PROXY_HTTPS=1`` trusts its
  ``X-Forwarded-Proto`` header;
- ``MEMBERVIEWS_MISSION_2FA=1``: Missions' members must use two-factor authentication too.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from memberviews.web.choices import NATIVE_NAMES, ui_language

BASE_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("MEMBERVIEWS_DATA", Path.cwd() / "data")).resolve()


def _secret_key() -> str:
    if key := os.environ.get("MEMBERVIEWS_SECRET_KEY"):
        return key
    path = DATA_DIR / "secret-key"
    if not path.exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        # Written whole under another name, then linked into place: a process starting at
        # the same moment reads the whole key or makes its own, never half of one.
        draft = DATA_DIR / f".secret-key-{os.getpid()}"
        descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
        try:
            os.link(draft, path)
        except FileExistsError:  # another process made it first: use theirs
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = os.environ.get("MEMBERVIEWS_DEBUG") == "1"
ALLOWED_HOSTS = os.environ.get("MEMBERVIEWS_HOSTS", "127.0.0.1,localhost").split(",")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "rules.apps.AutodiscoverRulesConfig",
    "django_tasks",
    "django_tasks_db",
    "memberviews.web.accounts",
    "memberviews.web.audit",
    "memberviews.web.mandates",
    "memberviews.web.requests",
    "memberviews.web.replies",
    "memberviews.web.documents",
    "memberviews.web.portal",
    "memberviews.web.archive",
    # The public API's documentation page (/api/docs) with its scripts and styles served from
    # the installed package (django-ninja's templates and static files), never from a CDN.
    "ninja",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # /api/ is read-only and open to any origin (CORS); other methods are refused there.
    "memberviews.web.archive.cors.ReadOnlyApiMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as its documentation asks: it turns a locked-out sign-in into its own page.
    "axes.middleware.AxesMiddleware",
    "csp.middleware.CSPMiddleware",
]

# Content-Security-Policy: scripts, styles and images from this site only; no inline script
# or style (htmx is told not to add its own), no frames, forms posted here only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
X_FRAME_OPTIONS = "DENY"

HTTPS = os.environ.get("MEMBERVIEWS_HTTPS") == "1"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = SECURE_SSL_REDIRECT = HTTPS
SECURE_HSTS_SECONDS = 365 * 24 * 3600 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_HSTS_PRELOAD = HTTPS
if os.environ.get("MEMBERVIEWS_PROXY_HTTPS") == "1":
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

#: The public API's rate limit per client address ("120/min"; s, min, hour, day), counted in
#: the cache of each process; empty: no limit. ``MEMBERVIEWS_API_RATE`` sets it.
MEMBERVIEWS_API_RATE = os.environ.get("MEMBERVIEWS_API_RATE", "120/min")
#: The client's address is the connection's, or behind the proxy that terminates TLS
#: (``MEMBERVIEWS_PROXY_HTTPS=1``) the one that proxy puts last in X-Forwarded-For.
NINJA_NUM_PROXIES = 1 if os.environ.get("MEMBERVIEWS_PROXY_HTTPS") == "1" else 0

ROOT_URLCONF = "memberviews.web.urls"
WSGI_APPLICATION = "memberviews.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "memberviews.web.context.navigation",
            ],
        },
    },
]

if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"], conn_max_age=60)}
    # No JIT compilation: the application's queries are short, and compiling one the
    # planner costs high (a search over a million paragraphs) took longer than running it.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(DATA_DIR / "memberviews.sqlite3"),
            "OPTIONS": {
                # WAL: readers never wait for the writer; FULL: each commit is on disk before
                # it returns (a receipt survives even the machine's crash, not only the
                # process's); IMMEDIATE: a writing transaction takes the lock at its start,
                # so two writers queue instead of failing. A page cache of 64 MiB (SQLite's
                # default holds 2 MiB): a search over a million paragraphs reads tens of
                # megabytes of index and rows, and reads them from memory the next time.
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
                    " PRAGMA cache_size=-65536;"
                ),
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
            # A web process keeps its connection, and so its page cache, from one request
            # to the next (gunicorn's sync workers serve one request at a time).
            "CONN_MAX_AGE": 600,
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Two queues: "default" (notes verbales, receipts, reminders) and "import" (the archive's
# bulk import, one task per file); `memberviews worker` serves both.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "import"]}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("MEMBERVIEWS_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("MEMBERVIEWS_EMAIL_PORT", "25"))
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("MEMBERVIEWS_FROM", "memberviews@localhost")

# Argon2 for every new password; the others only read hashes made before (and upgrade them).
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # refuses a locked-out sign-in before the others
    "rules.permissions.ObjectPermissionBackend",  # the per-object rules of memberviews.web.rules
    "django.contrib.auth.backends.ModelBackend",
]
#: Sign-in throttling: after five failures for one account from one address, an hour's wait.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked.html"
AXES_VERBOSE = False
#: Two-factor authentication (TOTP): always for the Secretariat's roles; for the Missions'
#: members only when this is set (``MEMBERVIEWS_MISSION_2FA=1``), else their own choice.
MEMBERVIEWS_MISSION_REQUIRES_2FA = os.environ.get("MEMBERVIEWS_MISSION_2FA") == "1"
OTP_TOTP_ISSUER = "memberviews"
#: An invitation's link works once, for this many days.
MEMBERVIEWS_INVITATION_DAYS = 7
PASSWORD_RESET_TIMEOUT = 3 * 3600

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "accounts:start"
LOGOUT_REDIRECT_URL = "accounts:login"
SESSION_COOKIE_AGE = 8 * 3600  # a session ends after a working day, or with the browser
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

LANGUAGE_CODE = "en"
#: The pages' six languages, each named in itself. Chinese is Django's "zh-hans" (Simplified;
#: its own messages are catalogued so); the data's languages stay ISO 639-1 ("zh").
LANGUAGES = [(ui_language(code), name) for code, name in NATIVE_NAMES.items()]
LOCALE_PATHS = [Path(os.environ.get("MEMBERVIEWS_LOCALE_DIR", BASE_DIR / "locale"))]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# whitenoise serves the static files where they are: no collectstatic step to forget.
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = DATA_DIR / "files"

#: Pre-session documents are due this many weeks before the session opens.
MEMBERVIEWS_DUE_WEEKS_BEFORE_SESSION = 10
#: The reference of a note verbale; {n} counts the notes of the year, {code} is the office's.
MEMBERVIEWS_REFERENCE_PATTERN = "ODA/{n}-{year}/{code}"
MEMBERVIEWS_OFFICE_CODE = "VIEWS"
#: Reminders go this many days before the deadline to those who have not replied.
MEMBERVIEWS_REMINDER_DAYS = 14
#: An uploaded reply or resolution larger than this is refused.
MEMBERVIEWS_MAX_UPLOAD_BYTES = 20 * 2**20
DATA_UPLOAD_MAX_MEMORY_SIZE = MEMBERVIEWS_MAX_UPLOAD_BYTES + 2**20
FILE_UPLOAD_MAX_MEMORY_SIZE = 2**20
#: Sending: tries per e-mail, and the wait before the second (doubling after each failure).
MEMBERVIEWS_SEND_ATTEMPTS = 5
MEMBERVIEWS_SEND_BACKOFF_SECONDS = 60
