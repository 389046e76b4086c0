"""factdb settings: one module, read from the environment (see README, "Configuration")."""

import datetime
from pathlib import Path

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from factdb.env import (
    database_from_url,
    envbool,
    envcache,
    envchoice,
    envint,
    envlist,
    envpair,
    envrate,
    envstr,
    envsubset,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

# Development is the default: `DEBUG=false` for any deployment, which then needs a SECRET_KEY.
DEBUG = envbool("DEBUG", True)
SECRET_KEY = envstr("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY is not set: with DEBUG off, set SECRET_KEY to a long random string "
            "(python -c 'import secrets; print(secrets.token_urlsafe(50))')."
        )
    SECRET_KEY = "factdb-development-only-not-secret"  # noqa: S105 - DEBUG only

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", ["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "rest_framework",
    "knox",
    "axes",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "sources",
    "claims",
    "pages",
    "sync",
]

MIDDLEWARE = [
    "factdb.routers.ReplicaReadsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "factdb.middleware.RequireContentLength",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into its page.
    "axes.middleware.AxesMiddleware",
]

# django-axes first: it refuses a login attempt from a locked-out client before any password
# is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "factdb.urls"
WSGI_APPLICATION = "factdb.wsgi.application"
ASGI_APPLICATION = "factdb.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "factdb" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

_DEFAULT_DATABASE_URL = f"sqlite:///{VAR_DIR / 'factdb.sqlite3'}"
_database_url = envstr("DATABASE_URL", _DEFAULT_DATABASE_URL)
_conn_max_age = envint("CONN_MAX_AGE", 0)
_database = database_from_url("DATABASE_URL", _database_url, _conn_max_age)
if _database["ENGINE"] == "django.db.backends.sqlite3":
    if _database_url == _DEFAULT_DATABASE_URL:
        VAR_DIR.mkdir(exist_ok=True)
    _database.setdefault("OPTIONS", {}).update(
        {
            # WAL: readers never wait for a writer (a long ingest), nor a writer for readers.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
            # Writers take the write lock when their transaction begins and queue for it up to
            # this many seconds; a deferred transaction that reads first and writes later
            # would fail at once ("database is locked") if another wrote in between.
            "transaction_mode": "IMMEDIATE",
            "timeout": envint("SQLITE_BUSY_TIMEOUT", 30, minimum=0),
        }
    )
DATABASES = {"default": _database}
POSTGRES = _database["ENGINE"] == "django.db.backends.postgresql"

# Read replicas (PostgreSQL streaming standbys): the API and public pages read from them, writes
# and the admin stay on the primary (factdb.routers). In tests a replica mirrors the primary.
DATABASE_REPLICAS: list[str] = []
for _number, _url in enumerate(envlist("DATABASE_REPLICA_URLS", []), start=1):
    _replica = database_from_url("DATABASE_REPLICA_URLS", _url, _conn_max_age)
    if not POSTGRES or _replica["ENGINE"] != _database["ENGINE"]:
        raise ImproperlyConfigured(
            "DATABASE_REPLICA_URLS: read replicas are PostgreSQL standbys of a PostgreSQL "
            "DATABASE_URL; unset it for SQLite."
        )
    DATABASES[f"replica{_number}"] = {**_replica, "TEST": {"MIRROR": "default"}}
    DATABASE_REPLICAS.append(f"replica{_number}")
DATABASE_ROUTERS = ["factdb.routers.PrimaryReplicaRouter"]
# After a request that wrote, the same browser reads from the primary for this many seconds
# (a cookie), so it sees its own change even when a replica lags.
REPLICA_PIN_SECONDS = envint("REPLICA_PIN_SECONDS", 5, minimum=0)
# Paths that always read from the primary (the reviewers' admin reads what it just wrote).
# The changes feed too: its cursor and the items it shows must come from one database, in
# commit order; a lagging replica would show a change before the item it names.
REPLICA_PRIMARY_PATHS = ["/admin/", "/api/v1/changes/"]

# Ingest (extraction and linking included) in the caller, or on background workers: procrastinate
# keeps its queue in PostgreSQL (`manage.py procrastinate worker`; see README, Running at scale).
FACTDB_TASKS = envchoice("FACTDB_TASKS", "inline", ["inline", "queue"])
if FACTDB_TASKS == "queue" and not POSTGRES:
    raise ImproperlyConfigured(
        "FACTDB_TASKS=queue needs PostgreSQL (the task queue lives in it): set DATABASE_URL to "
        "a PostgreSQL database, or FACTDB_TASKS=inline."
    )
if POSTGRES:
    INSTALLED_APPS.append("procrastinate.contrib.django")
PROCRASTINATE_WORKER_DEFAULTS = {"queues": ["ingest", "webhooks"], "delete_jobs": "successful"}

# Throttle counts and caches: per process by default; CACHE_URL shares them between processes
# and machines ('db://factdb_cache' or 'redis://127.0.0.1:6379/0').
CACHES = {"default": envcache("CACHE_URL")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- behind a proxy, over HTTPS ------------------------------------------------------------
# How many reverse proxies in front of factdb append to X-Forwarded-For. 0 (the default): the
# client is the connecting address, and X-Forwarded-For is ignored, so a client cannot pick
# its own address to escape the throttles. With N, the Nth address from the right is the
# client's (the proxies' own entries are trusted, anything a client sent is not).
NUM_PROXIES = envint("NUM_PROXIES", 0, minimum=0)
# Set behind a TLS-terminating proxy that sets this header: 'HTTP_X_FORWARDED_PROTO,https'.
SECURE_PROXY_SSL_HEADER = envpair("SECURE_PROXY_SSL_HEADER")
SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", False)
SESSION_COOKIE_SECURE = envbool("SESSION_COOKIE_SECURE", False)
CSRF_COOKIE_SECURE = envbool("CSRF_COOKIE_SECURE", False)

# --- logins: django-axes locks out a client after repeated failures --------------------------
AXES_ENABLED = envbool("LOGIN_THROTTLE", True)
AXES_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 5, minimum=1)
# Minutes a lockout lasts; 0 keeps it until an administrator runs `manage.py axes_reset`.
_lockout_minutes = envint("LOGIN_LOCKOUT_MINUTES", 15, minimum=0)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=_lockout_minutes) if _lockout_minutes else None
# A username from one address: guessing one account's password is stopped, and nobody can lock
# a reviewer out from elsewhere by mistyping their name.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "factdb.clients.client_ip"  # the same rule as the API's throttle
AXES_VERBOSE = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "static"

# --- factdb -------------------------------------------------------------------------------
# Four-eyes rule: nobody verifies a quote or claim they created or last edited themselves.
FACTDB_FOUR_EYES = envbool("FACTDB_FOUR_EYES", True)
# Largest text accepted by `ingest` and by POST /api/v1/sources/, in bytes.
FACTDB_MAX_SOURCE_BYTES = envint("FACTDB_MAX_SOURCE_BYTES", 5 * 1024 * 1024, minimum=1)
# Seconds `ingest URL` and the admin's "add source from a URL" wait for a web page (to connect,
# and between bytes) before giving up with an error.
FACTDB_FETCH_TIMEOUT = envint("FACTDB_FETCH_TIMEOUT", 20, minimum=1)
# Largest text POST /api/v1/sources/ ingests while the client waits; larger ones get 413 and are
# ingested with `manage.py ingest`. benchmarks/ingest.py: 1 MB took 23-34 s on a busy 2-core
# machine, too near a 30 s worker timeout; half of it stays well inside.
FACTDB_API_INLINE_MAX_BYTES = envint("FACTDB_API_INLINE_MAX_BYTES", 512 * 1024, minimum=1)

# Which kinds of extracted quantity become claims for review (claims.extraction.units.KINDS).
# Durations and ages frame a claim rather than state one ("in 15 years", "a 50-year-old man"),
# and a game score has no single value to check; they stay in the extraction output only.
QUANTITY_KINDS = (
    "count", "percent", "money", "measure", "duration", "age", "rank", "score", "ratio", "other",
)  # fmt: skip
FACTDB_CLAIM_KINDS = envsubset(
    "FACTDB_CLAIM_KINDS",
    [kind for kind in QUANTITY_KINDS if kind not in {"duration", "age", "score"}],
    QUANTITY_KINDS,
)
# The changes feed (GET /api/v1/changes/) keeps changes this many days (`manage.py
# prune_changes` deletes older ones); an older cursor answers 410: re-sync in full.
CHANGES_RETENTION_DAYS = envint("CHANGES_RETENTION_DAYS", 30, minimum=1)
# Webhooks: each change POSTed to every active subscriber, retried after WEBHOOK_RETRY_SECONDS,
# doubling each time, up to WEBHOOK_MAX_ATTEMPTS attempts.
WEBHOOK_TIMEOUT_SECONDS = envint("WEBHOOK_TIMEOUT_SECONDS", 10, minimum=1)
WEBHOOK_RETRY_SECONDS = envint("WEBHOOK_RETRY_SECONDS", 30, minimum=0)
WEBHOOK_MAX_ATTEMPTS = envint("WEBHOOK_MAX_ATTEMPTS", 8, minimum=1)
# Where the item URLs in webhook bodies point (the feed uses the request's own host).
WEBHOOKS_BASE_URL = envstr("WEBHOOKS_BASE_URL", "http://localhost:8000")
if not WEBHOOKS_BASE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(
        f"WEBHOOKS_BASE_URL={WEBHOOKS_BASE_URL!r} is not an http:// or https:// URL: set it to "
        "the address the API is served at, e.g. https://factdb.example.org."
    )

REST_FRAMEWORK = {
    # Tokens stored hashed (SHA-512) and expiring: django-rest-knox; `manage.py api_token`.
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "knox.auth.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "NUM_PROXIES": NUM_PROXIES,
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_RENDERER_CLASSES": ["factdb.api.renderers.ORJSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    # Reads the rate on every request, so `API_ANON_THROTTLE=off` and test overrides hold.
    "DEFAULT_THROTTLE_CLASSES": ["factdb.api.base.AnonThrottle"],
    "DEFAULT_THROTTLE_RATES": {"anon": envrate("API_ANON_THROTTLE", "120/min")},
    # Quantities as JSON numbers (85.0), not strings ("85.000000").
    "COERCE_DECIMAL_TO_STRING": False,
}
REST_KNOX = {
    # How long a token issued with `manage.py api_token issue` lasts unless --days says.
    "TOKEN_TTL": datetime.timedelta(days=envint("API_TOKEN_DAYS", 90, minimum=1)),
    "AUTH_HEADER_PREFIX": "Token",
}
API_PAGE_SIZE = envint("API_PAGE_SIZE", 50, minimum=1)
API_MAX_PAGE_SIZE = envint("API_MAX_PAGE_SIZE", 500, minimum=1)
# The author of the ClaimReview documents: the organisation that publishes these reviews.
API_PUBLISHER_NAME = envstr("API_PUBLISHER_NAME", "factdb")
API_PUBLISHER_URL = envstr("API_PUBLISHER_URL", "")

SPECTACULAR_SETTINGS = {
    "TITLE": "factdb API",
    "DESCRIPTION": "Verified quotes and reviewed claims, with their sources and evidence.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # Swagger UI and Redoc served from our own static files, not from a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "ENUM_NAME_OVERRIDES": {
        "ReviewStatusEnum": "claims.models.ReviewStatus",
        "VerdictEnum": "claims.models.Verdict",
        "StanceEnum": "claims.models.Stance",
        "QualifierEnum": "claims.models.Qualifier",
        "SpeakerKindEnum": "claims.models.Speaker.Kind",
        "SourceKindEnum": "sources.models.Source.Kind",
        "OutletKindEnum": "sources.models.Outlet.Kind",
        "ChangeTypeEnum": "sync.models.ItemType",
        "ChangeActionEnum": "sync.models.Action",
    },
}

# --- Content-Security-Policy (django-csp) -----------------------------------------------------
# Scripts and styles only from factdb's own static files (the admin's, Swagger UI's), nothing
# inline but what carries this response's nonce; no frames, plugins or foreign forms.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("LOG_LEVEL", "INFO").upper()},
}
