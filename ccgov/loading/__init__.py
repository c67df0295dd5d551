"""Reading plan documents safely: YAML 1.2 core with positions, forecast CSVs, bundles.

The modules here turn bytes into plain Python data (dict, list, str, int, float,
bool, None) plus a table of where every node came from, and refuse anything the
plan format does not allow (see ``spec/plan-format.md``) as an ``InputError``.
Nothing here imports heavy libraries; the submodules are imported on demand.
"""
