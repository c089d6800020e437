const toolNames: Readonly<Record<string, string>> = {
  wandb: 'Weights & Biases',
  tensorboard: 'TensorBoard',
  mlflow: 'MLflow',
  comet_ml: 'Comet',
  clearml: 'ClearML',
  neptune: 'Neptune',
  dvclive: 'DVCLive',
  aim: 'Aim',
  azure_ml: 'Azure ML',
  codecarbon: 'CodeCarbon',
  flyte: 'Flyte',
  swanlab: 'SwanLab',
  trackio: 'Trackio',
  dagshub: 'DagsHub',
};

/** `report_to` entries (`wandb`, `tensorboard`) as tool names; null for `none`, `all` or unknown. */
export function loggingToolName(reportTo: string): string | null {
  return toolNames[reportTo.trim().toLowerCase()] ?? null;
}
