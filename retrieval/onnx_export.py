"""Export a sentence-transformers model to ONNX (needs PyTorch, `onnx` and `onnxscript`; run once, at install).

    python -m retrieval.onnx_export [--model NAME_OR_PATH] [--force]

Without --model it exports the all-MiniLM-L6-v2 weights installed with the project. The export goes to the cache
(see retrieval/onnx_model.py) and holds the transformer with sentence-transformers' mean pooling and L2
normalisation inside the graph, so that run time needs only ONNX Runtime and `tokenizers`.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from retrieval.onnx_model import EmbeddingModelError, ExportInfo, export_dir, is_complete


def _modules(model):  # type: ignore[no-untyped-def]
    """(transformer, pooling mode, normalise?) of a plain Transformer -> Pooling [-> Normalize] model."""
    names = [type(module).__name__ for module in model]
    if len(names) not in (2, 3) or names[0] != "Transformer" or names[1] != "Pooling" or names[2:] not in (
            [], ["Normalize"]):
        raise EmbeddingModelError(f"cannot export a model made of {' -> '.join(names)} to ONNX")
    pooling = model[1]
    mode = getattr(pooling, "pooling_mode", None) or pooling.get_pooling_mode_str()
    if mode not in ("mean", "cls"):
        raise EmbeddingModelError(f"cannot export {mode!r} pooling to ONNX")
    return model[0], mode, len(names) == 3


CHECK_TEXTS = ["an example sentence to trace the graph with", "and a shorter one", "",
               "The refund never arrived, and nobody answered the phone for three days! " * 12]


def export(source: str, target: Path, int8: bool = False) -> Path:
    """Write an export of `source` (a sentence-transformers name or folder) into `target`, atomically.

    Eager attention traced by the TorchScript exporter gives a graph that ONNX Runtime's transformer optimizer
    fuses (attention, layer norms, GELU): about twice the throughput on a CPU. The dynamo exporter is the
    fallback. Either way the result is checked against the PyTorch model before it is kept."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import torch
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    logging.getLogger("torch.onnx").setLevel(logging.ERROR)  # "torchvision is not installed" notes
    transformers_logging.set_verbosity_error()
    transformers_logging.disable_progress_bar()
    try:
        model = SentenceTransformer(source, device="cpu", model_kwargs={"attn_implementation": "eager"})
    except (TypeError, ValueError):  # an architecture without the eager switch
        model = SentenceTransformer(source, device="cpu")
    transformer, mode, normalise = _modules(model)
    network = transformer.auto_model.eval()
    tokenizer = transformer.tokenizer
    inputs = tuple(name for name in ("input_ids", "attention_mask", "token_type_ids")
                   if name in tokenizer.model_input_names)

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.network = network

        def forward(self, input_ids, attention_mask, token_type_ids=None):  # type: ignore[no-untyped-def]
            named = {"input_ids": input_ids, "attention_mask": attention_mask}
            if token_type_ids is not None:
                named["token_type_ids"] = token_type_ids
            tokens = self.network(**named).last_hidden_state
            if mode == "cls":
                pooled = tokens[:, 0]
            else:  # sentence-transformers' mean: masked sum over the clamped token count
                mask = named["attention_mask"].unsqueeze(-1).to(tokens.dtype)
                pooled = (tokens * mask).sum(1) / torch.clamp(mask.sum(1), min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1) if normalise else pooled

    sample = model.preprocess(CHECK_TEXTS[:2])
    args = tuple(sample[name] for name in inputs)
    reference = model.encode(CHECK_TEXTS, normalize_embeddings=True, convert_to_numpy=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".export-", dir=target.parent))
    work.chmod(0o755)
    try:
        tokenizer.backend_tokenizer.save(str(work / "tokenizer.json"))
        get_dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
        ExportInfo(max_seq_length=int(model.max_seq_length), dimension=int(get_dimension()), inputs=inputs,
                   pad_id=int(tokenizer.pad_token_id or 0), pad_token=str(tokenizer.pad_token),
                   source=source).write(work)
        _trace(torch, Pooled().eval(), args, inputs, work / "model.onnx")
        if not _matches(work, reference):
            raise EmbeddingModelError(f"the ONNX export of {source} does not reproduce its vectors")
        _fuse(work, network.config, reference)
        if int8:
            quantize(work)
        if target.exists():
            shutil.rmtree(target)
        work.rename(target)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def _trace(torch, module, args, inputs: tuple[str, ...], path: Path) -> None:  # type: ignore[no-untyped-def]
    import warnings

    with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):  # the exporters' chatter
        warnings.simplefilter("ignore")
        try:
            torch.onnx.export(module, args, str(path), input_names=list(inputs),
                              output_names=["sentence_embedding"], dynamo=False, opset_version=17,
                              dynamic_axes={name: {0: "batch", 1: "sequence"} for name in inputs})
        except Exception:  # noqa: BLE001 - a PyTorch without the TorchScript exporter, or a graph it cannot trace
            batch, seq = torch.export.Dim("batch"), torch.export.Dim("sequence")
            torch.onnx.export(module, args, str(path), input_names=list(inputs),
                              output_names=["sentence_embedding"], dynamo=True, external_data=False,
                              dynamic_shapes=tuple({0: batch, 1: seq} for _ in inputs))


def _matches(folder: Path, reference, tolerance: float = 1e-5) -> bool:  # type: ignore[no-untyped-def]
    import numpy as np

    from retrieval.onnx_model import OnnxEncoder

    vectors = OnnxEncoder(folder).encode(CHECK_TEXTS, batch_size=len(CHECK_TEXTS))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return bool(((vectors * reference).sum(axis=1) >= 1 - tolerance).all())


def _fuse(folder: Path, config, reference) -> None:  # type: ignore[no-untyped-def]
    """Replace model.onnx by ONNX Runtime's fused transformer graph when that gives the same vectors."""
    heads, hidden = getattr(config, "num_attention_heads", 0), getattr(config, "hidden_size", 0)
    if not heads or not hidden:
        return
    plain, fused = folder / "model.onnx", folder / "model_fused.onnx"
    try:
        from onnxruntime.transformers.optimizer import optimize_model

        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            optimize_model(str(plain), model_type="bert", num_heads=heads, hidden_size=hidden).save_model_to_file(
                str(fused))
        plain.rename(folder / "model_plain.onnx")
        fused.rename(plain)
        if _matches(folder, reference):
            (folder / "model_plain.onnx").unlink()
        else:
            (folder / "model_plain.onnx").replace(plain)
    except Exception:  # noqa: BLE001 - fusion is an optimisation: the plain graph is kept
        if (folder / "model_plain.onnx").exists():
            (folder / "model_plain.onnx").replace(plain)
    finally:
        fused.unlink(missing_ok=True)


def quantize(folder: Path) -> None:
    """model_int8.onnx beside model.onnx: dynamic int8 weights for the matrix products. Measured only
    (bench/recall.py): it lost recall on the sample evaluation set, so nothing runs it for users."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    quantize_dynamic(str(folder / "model.onnx"), str(folder / "model_int8.onnx"), weight_type=QuantType.QInt8,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})  # fused ops have no inferred type


def ensure_export(source: str, int8: bool = False, force: bool = False, announce: bool = True) -> Path:
    """The cached export of `source`, made now if missing (with a line on stderr saying so)."""
    target = export_dir(source)
    if not force and is_complete(target, quantized=int8):
        return target
    if not force and int8 and is_complete(target):
        quantize(target)
        return target
    try:
        import torch  # noqa: F401
    except ImportError:
        raise EmbeddingModelError(
            f"the ONNX export of the embedding model is missing ({target}) and PyTorch, needed to make it once, "
            "is not installed: run `make install`") from None
    if announce:
        print(f"Exporting the embedding model to ONNX (once; cached in {target}) ...", file=sys.stderr, flush=True)
    return export(source, target, int8=int8)


def main() -> None:
    from retrieval.embeddings import default_model_path

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=None, help="a sentence-transformers name or folder (default: bundled)")
    parser.add_argument("--force", action="store_true", help="export again even if the cache has it")
    args = parser.parse_args()
    source = args.model or default_model_path()
    try:
        folder = ensure_export(source, force=args.force)
    except EmbeddingModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    print(f"ONNX embedding model ready: {folder}")


if __name__ == "__main__":
    main()
