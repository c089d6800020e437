/**
 * The defaults of the keys the kit writes, the same in every reference release (a test checks):
 * a value equal to its default is left out of training_args.json.
 */
export const trainingArgumentDefaults = {
  learning_rate: 5e-5,
  num_train_epochs: 3,
  max_steps: -1,
  per_device_train_batch_size: 8,
  gradient_accumulation_steps: 1,
  lr_scheduler_type: 'linear',
  warmup_steps: 0,
  warmup_ratio: 0,
  adam_beta1: 0.9,
  adam_beta2: 0.999,
  adam_epsilon: 1e-8,
  weight_decay: 0,
  max_grad_norm: 1,
  bf16: false,
  fp16: false,
  seed: 42,
} as const;
