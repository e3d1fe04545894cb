"""Find the line of a field inside a YAML text, so an error can point at it."""
from __future__ import annotations

import yaml

from .yaml_loader import DataLoader as Loader


def line_of(text: str, loc: tuple) -> int:
    """1-based line of the deepest node of `loc` that exists in `text` (1 when nothing matches)."""
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError:
        return 1
    if node is None:
        return 1
    line = node.start_mark.line + 1
    for part in loc:
        child = _child(node, part)
        if child is None:
            break
        key_node, node = child
        line = (key_node or node).start_mark.line + 1
    return line


def _child(node, part):
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value == str(part):
                return key, value
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return None, node.value[part]
    return None
