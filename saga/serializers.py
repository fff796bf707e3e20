"""Django's JSON serialization format, keeping times to the microsecond.

Registered as "json" (settings.SERIALIZATION_MODULES), so `dumpdata` and `loaddata` use it.
DjangoJSONEncoder cuts times to milliseconds, the precision of JavaScript dates: a backup would
then shift every review's time, and a restored history would no longer match the original.
"""

import datetime

from django.core.serializers import json as django_json
from django.core.serializers.json import DjangoJSONEncoder

Deserializer = django_json.Deserializer  # reading ISO 8601 already keeps every digit


class ExactJSONEncoder(DjangoJSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.datetime):
            text = o.isoformat()
            return text.removesuffix("+00:00") + "Z" if text.endswith("+00:00") else text
        if isinstance(o, datetime.time):
            return o.isoformat()
        return super().default(o)


class Serializer(django_json.Serializer):
    def _init_options(self):
        self.options.setdefault("cls", ExactJSONEncoder)
        super()._init_options()
