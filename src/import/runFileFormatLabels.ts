import type { RunFileFormat } from './runImportTypes';

/** Each format in words, as the review dialog names the file's kind. */
export const runFileFormatLabels: { readonly [Format in RunFileFormat]: string } = {
  'hf-trainer-state': 'Hugging Face trainer_state.json',
  'hf-training-arguments': 'Hugging Face training arguments',
  'hf-results': 'Hugging Face results (all/train/eval_results.json)',
  'hf-model-config': 'Hugging Face model config.json',
  'peft-adapter-config': 'PEFT adapter_config.json',
  'bitsandbytes-config': 'bitsandbytes quantization config (BitsAndBytesConfig)',
  'tensorboard-csv': 'TensorBoard scalars (CSV)',
  'tensorboard-json': 'TensorBoard scalars (JSON)',
  'wandb-panel-csv': 'Weights & Biases panel export (CSV)',
  'wandb-summary': 'Weights & Biases wandb-summary.json',
  'wandb-config': 'Weights & Biases config.yaml',
  'wandb-metadata': 'Weights & Biases wandb-metadata.json',
  'lightning-metrics-csv': 'Metrics CSV (Lightning CSVLogger or similar)',
  'lightning-hparams': 'Hyperparameters YAML (Lightning hparams.yaml or similar)',
  'mlflow-meta': 'MLflow meta.yaml',
  'mlflow-metric': 'MLflow metric history',
  'mlflow-param': 'MLflow parameter',
  'mlflow-tag': 'MLflow tag',
  'pip-requirements': 'pip freeze / requirements.txt',
  'conda-environment': 'conda environment.yml',
  'nvidia-smi': 'nvidia-smi output',
  'torch-collect-env': 'PyTorch collect_env output',
  'model-card': 'Model card or Markdown report',
};
