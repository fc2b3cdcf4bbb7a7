"""The geodata catalog: where the layers are, what they hold, and loading them.

The data folder is found the way pyproj finds its data: an explicit argument, then the
``SEAMAP_DATA`` environment variable, then the copy packaged with seamap, then (in a source
checkout) the repository's ``geodata/`` folder.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from seamap.errors import LayerFileError, UnknownLayerError

__all__ = ["Layer", "data_dir", "catalog", "layers", "load_layer", "read_layer_json", "sources_registry"]

ENV_VAR = "SEAMAP_DATA"


def data_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """Return the folder that holds ``catalog.json``.

    Parameters
    ----------
    path
        An explicit folder. When omitted, ``$SEAMAP_DATA``, the packaged copy and the
        source checkout's ``geodata/`` are tried in that order.
    """
    candidates: list[Path] = []
    if path is not None:
        candidates.append(Path(path))
    elif os.environ.get(ENV_VAR):
        candidates.append(Path(os.environ[ENV_VAR]))
    else:
        packaged = resources.files("seamap") / "_geodata"
        candidates.append(Path(str(packaged)))
        candidates.append(Path(__file__).resolve().parent.parent.parent / "geodata")
    for c in candidates:
        if (c / "catalog.json").is_file():
            return c
    where = ", ".join(str(c) for c in candidates)
    raise LayerFileError(f"No seamap catalog.json found (looked in {where}); set {ENV_VAR} to a geodata folder.")


@dataclass(frozen=True)
class Layer:
    """One catalog entry."""

    name: str
    title: str
    path: Path
    geometry_type: str
    features: int
    bbox: tuple[float, float, float, float] | None
    crs: str
    license: str
    attribution: str
    sources: tuple[str, ...]
    sha256: str
    confidence: str
    gaps: tuple[dict[str, Any], ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "title": self.title,
            "path": str(self.path),
            "geometry_type": self.geometry_type,
            "features": self.features,
            "bbox": list(self.bbox) if self.bbox else None,
            "crs": self.crs,
            "license": self.license,
            "attribution": self.attribution,
            "sources": list(self.sources),
            "sha256": self.sha256,
            "confidence": self.confidence,
            "gaps": list(self.gaps),
        }


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes())
    except FileNotFoundError:
        raise LayerFileError(f"Layer file {path} is missing; reinstall seamap or rebuild geodata with scripts/build_geodata.py.") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LayerFileError(f"Layer file {path} is corrupt ({exc.__class__.__name__}: {exc}); reinstall seamap or rebuild geodata.") from None
    except OSError as exc:
        raise LayerFileError(f"Layer file {path} cannot be read: {exc.strerror}.") from None


@lru_cache(maxsize=8)
def _catalog(folder: Path) -> dict[str, Layer]:
    raw = _read_json(folder / "catalog.json")
    try:
        entries = raw["layers"]
        out = {}
        for e in entries:
            out[e["name"]] = Layer(
                name=e["name"],
                title=e["title"],
                path=folder / e["file"],
                geometry_type=e["geometry_type"],
                features=int(e["features"]),
                bbox=tuple(e["bbox"]) if e["bbox"] else None,
                crs=e["crs"],
                license=e["license"],
                attribution=e["attribution"],
                sources=tuple(e["sources"]),
                sha256=e["sha256"],
                confidence=e["confidence"],
                gaps=tuple(e.get("gaps", ())),
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise LayerFileError(f"Catalog {folder / 'catalog.json'} is corrupt: missing or bad field {exc}.") from None
    return out


def catalog(data: str | os.PathLike[str] | None = None) -> dict[str, Layer]:
    """All layers of the catalog, by name, in catalog order."""
    return _catalog(data_dir(data))


def layers(data: str | os.PathLike[str] | None = None) -> list[Layer]:
    """The catalog's layers as a list."""
    return list(catalog(data).values())


def _layer(name: str, data: str | os.PathLike[str] | None) -> Layer:
    cat = catalog(data)
    if name not in cat:
        near = difflib.get_close_matches(name, list(cat), n=3, cutoff=0.4)
        hint = f" Did you mean {', '.join(repr(n) for n in near)}?" if near else ""
        raise UnknownLayerError(f"Unknown layer {name!r}; known layers: {', '.join(cat)}.{hint}")
    return cat[name]


def read_layer_json(name: str, *, data: str | os.PathLike[str] | None = None, verify: bool = False) -> dict[str, Any]:
    """The layer's GeoJSON FeatureCollection as a dict (``verify`` checks the catalogued sha256)."""
    layer = _layer(name, data)
    try:
        blob = layer.path.read_bytes()
    except FileNotFoundError:
        raise LayerFileError(f"Layer file {layer.path} is missing; reinstall seamap or rebuild geodata with scripts/build_geodata.py.") from None
    except OSError as exc:
        raise LayerFileError(f"Layer file {layer.path} cannot be read: {exc.strerror}.") from None
    if verify and hashlib.sha256(blob).hexdigest() != layer.sha256:
        raise LayerFileError(f"Layer file {layer.path} does not match its catalogued sha256; reinstall seamap or rebuild geodata.")
    try:
        fc = json.loads(blob)
        if fc.get("type") != "FeatureCollection" or not isinstance(fc.get("features"), list):
            raise ValueError("not a GeoJSON FeatureCollection")
    except (UnicodeDecodeError, ValueError, AttributeError) as exc:
        raise LayerFileError(f"Layer file {layer.path} is corrupt ({exc}); reinstall seamap or rebuild geodata.") from None
    return fc


def load_layer(name: str, *, data: str | os.PathLike[str] | None = None, verify: bool = False):
    """Load a layer as a GeoDataFrame in EPSG:4326.

    Parameters
    ----------
    name
        A catalog name: ``land``, ``land_display``, ``disputed_islands``, ``disputed_zones``,
        ``seas``, ``adiz``, ``straits`` or ``places``.
    data
        Optional geodata folder (see :func:`data_dir`).
    verify
        Check the file's sha256 against the catalog first.

    Raises
    ------
    UnknownLayerError
        For a name not in the catalog; the message lists the known names.
    LayerFileError
        For a missing or corrupt file; the message names the file.

    Examples
    --------
    >>> straits = load_layer("straits")
    >>> "la_perouse_soya" in set(straits["id"])
    True
    """
    import geopandas as gpd

    fc = read_layer_json(name, data=data, verify=verify)
    try:
        gdf = gpd.GeoDataFrame.from_features(fc["features"], crs="EPSG:4326")
    except Exception as exc:  # shapely/geopandas raise many kinds for bad geometry
        raise LayerFileError(f"Layer file {_layer(name, data).path} has invalid features ({exc.__class__.__name__}: {exc}).") from None
    return gdf


def sources_registry(data: str | os.PathLike[str] | None = None) -> dict[str, dict[str, Any]]:
    """Source id -> {title, url, ...} for every id a layer names."""
    return _read_json(data_dir(data) / "sources.json")
