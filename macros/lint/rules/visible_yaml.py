"""Rule: the YAML says what a reviewer reads in the diff. Refused: the same key twice in one mapping
(YAML keeps the last one, so the reviewer reads one value and the site shows another), anchors and
aliases (a value defined in one place and used in another), explicit tags (`!!str`, `!custom`), and
more than one document in a file. Checked on the text, before anything is built from it."""
import yaml

from ...problems import Problem

FAST = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser: the same events, many times faster


def check(file):
    problems = []
    try:
        events = list(yaml.parse(file.text, Loader=FAST))
        documents = list(yaml.compose_all(file.text, Loader=FAST))
    except yaml.YAMLError:
        return []  # valid_yaml reports it
    starts = [e for e in events if isinstance(e, yaml.DocumentStartEvent)]
    if len(starts) > 1:
        problems.append(Problem(file.rel, starts[1].start_mark.line + 1, "(file)",
                                "holds more than one YAML document (a second '---'): one file, one document"))
    for event in events:
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent):
            problems.append(Problem(file.rel, line, "(file)", f"uses the alias *{event.anchor}: write the value out in full"))
        elif getattr(event, "anchor", None):
            problems.append(Problem(file.rel, line, "(file)", f"defines the anchor &{event.anchor}: write values out in full"))
        if getattr(event, "tag", None) and not isinstance(event, yaml.DocumentStartEvent):
            problems.append(Problem(file.rel, line, "(file)", f"uses the explicit tag {event.tag}: leave tags out"))
    for document in documents:
        problems += duplicate_keys(file, document, ())
    return problems


def duplicate_keys(file, node, loc):
    from ...problems import field_name

    problems = []
    if isinstance(node, yaml.MappingNode):
        seen = {}
        for key, value in node.value:
            name = key.value if isinstance(key, yaml.ScalarNode) else str(key)
            if name in seen:
                where = field_name(loc + (name,))
                problems.append(Problem(file.rel, key.start_mark.line + 1, where,
                                        f"appears twice in one mapping (also on line {seen[name]}): YAML would keep only the last"))
            else:
                seen[name] = key.start_mark.line + 1
            problems += duplicate_keys(file, value, loc + (name,))
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            problems += duplicate_keys(file, item, loc + (index,))
    return problems
