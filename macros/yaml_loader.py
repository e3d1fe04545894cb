"""The YAML loader for data files: the fast C loader, with YAML 1.2 booleans.

YAML 1.1 reads no, yes, on and off as booleans, so Norway's `id: no` became False. Here only
true and false are booleans; every other word stays a string.
"""
import re

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
BOOL_TAG = "tag:yaml.org,2002:bool"


class DataLoader(_Base):
    pass


DataLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != BOOL_TAG]
    for first, resolvers in _Base.yaml_implicit_resolvers.items()
}
DataLoader.add_implicit_resolver(BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
