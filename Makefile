# Two commands set everything up: `make run` and `make test` (both create .venv first).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TORCH_VERSION ?= 2.13.0
# An ordinary machine: make install PIP_TORCH_ARGS="--index-url https://download.pytorch.org/whl/cpu"
PIP_TORCH_ARGS ?=

export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export TOKENIZERS_PARALLELISM := false

.PHONY: install run test lint bench clean

# The ONNX export of the embedding model is made once (PyTorch is here now) and cached; later runs check and go.
install: $(STAMP)
	$(BIN)/python -m retrieval.onnx_export

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check "torch==$(TORCH_VERSION)" $(PIP_TORCH_ARGS)
	$(BIN)/pip install --quiet --disable-pip-version-check -e ".[test,export]"
	touch $(STAMP)

run: install
	$(BIN)/journey run

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .

bench: install
	$(BIN)/python bench/start.py
	$(BIN)/python bench/ingest.py
	$(BIN)/python bench/ask.py
	$(BIN)/python bench/recall.py
	$(BIN)/python bench/retrieval_ablation.py --airline
	$(BIN)/python bench/eval_airline.py
	$(BIN)/python bench/slack.py

clean:
	rm -rf $(VENV) .journey .pytest_cache
