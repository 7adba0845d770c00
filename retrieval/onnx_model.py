"""A sentence-transformers model exported to ONNX, run with ONNX Runtime and `tokenizers`: no PyTorch at run time.

An export is a folder holding `model.onnx` (the transformer with mean pooling and L2 normalisation inside the
graph), `tokenizer.json` and `embedder.json` (max_seq_length, dimension, input names, the source it came from).
`retrieval/onnx_export.py` makes it; this module only reads it.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

FORMAT = 2  # bump when the export's layout or graph changes, so old caches are made again
CACHE_VARIABLE = "JOURNEY_MODEL_CACHE"


class EmbeddingModelError(RuntimeError):
    """The embedding model cannot be loaded or exported; the message says what to do."""


def cache_root() -> Path:
    """Where exports live: $JOURNEY_MODEL_CACHE, else the user's cache dir (XDG_CACHE_HOME or ~/.cache)."""
    explicit = os.environ.get(CACHE_VARIABLE, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
    return Path(base) / "journey-assistant" / "onnx"


def source_fingerprint(source: str) -> str:
    """A short key for a model: its path or name, and, for a local folder, the size and time of its weights
    (a reinstalled or retrained model gets a new export)."""
    parts = [f"format={FORMAT}", source]
    folder = Path(source)
    if folder.is_dir():
        parts[1] = str(folder.resolve())
        for weights in sorted(folder.glob("*.safetensors")) + sorted(folder.glob("pytorch_model.bin")):
            stat = weights.stat()
            parts.append(f"{weights.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def export_dir(source: str, root: Path | None = None) -> Path:
    name = Path(source).name if Path(source).is_dir() else source.replace("/", "--")
    return (root or cache_root()) / f"{name}-{source_fingerprint(source)}"


@dataclass(frozen=True)
class ExportInfo:
    max_seq_length: int
    dimension: int
    inputs: tuple[str, ...]
    pad_id: int
    pad_token: str
    source: str

    @classmethod
    def read(cls, folder: Path) -> ExportInfo:
        data = json.loads((folder / "embedder.json").read_text(encoding="utf-8"))
        return cls(max_seq_length=int(data["max_seq_length"]), dimension=int(data["dimension"]),
                   inputs=tuple(data["inputs"]), pad_id=int(data["pad_id"]), pad_token=str(data["pad_token"]),
                   source=str(data["source"]))

    def write(self, folder: Path) -> None:
        (folder / "embedder.json").write_text(json.dumps(self.__dict__ | {"format": FORMAT}, indent=2),
                                              encoding="utf-8")


def is_complete(folder: Path, quantized: bool = False) -> bool:
    model = "model_int8.onnx" if quantized else "model.onnx"
    return all((folder / name).is_file() for name in (model, "tokenizer.json", "embedder.json"))


class OnnxEncoder:
    """Encodes texts as sentence-transformers would (same truncation, mean pooling, normalisation).

    Thread-safe: ONNX Runtime sessions and `tokenizers` encoders may be called from several threads at once."""

    def __init__(self, folder: Path, quantized: bool = False, threads: int | None = None) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = folder
        self.info = ExportInfo.read(folder)
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # sentence-transformers truncates at max_seq_length and pads to the longest text of the batch
        tokenizer.enable_truncation(self.info.max_seq_length)
        tokenizer.enable_padding(pad_id=self.info.pad_id, pad_token=self.info.pad_token)
        self.tokenizer = tokenizer
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        if threads:
            options.intra_op_num_threads = threads
        model = folder / ("model_int8.onnx" if quantized else "model.onnx")
        self.session = ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])
        self.output = self.session.get_outputs()[0].name

    @property
    def dimension(self) -> int:
        return self.info.dimension

    def encode_batch(self, texts: Sequence[str]) -> np.ndarray:
        """One forward pass over texts padded to the longest of them."""
        encodings = self.tokenizer.encode_batch(list(texts))
        columns = {
            "input_ids": [e.ids for e in encodings],
            "attention_mask": [e.attention_mask for e in encodings],
            "token_type_ids": [e.type_ids for e in encodings],
        }
        feed = {name: np.asarray(columns[name], dtype=np.int64) for name in self.info.inputs}
        return np.asarray(self.session.run([self.output], feed)[0], dtype=np.float32)

    def encode(self, texts: Sequence[str], batch_size: int) -> np.ndarray:
        """Texts sorted by length and batched, so little of each batch is padding (as sentence-transformers does)."""
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(order), batch_size):
            part = order[start:start + batch_size]
            out[part] = self.encode_batch([texts[i] for i in part])
        return out
