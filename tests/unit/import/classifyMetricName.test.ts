import { describe, expect, it } from 'vitest';
import { classifyMetricName } from '@/import/classifyMetricName';
import { metricMatchKey } from '@/import/metricMatchKey';

describe('classifyMetricName', () => {
  it.each([
    ['eval_rouge1', 'train', 'validation', 'metric', 'rouge1', 'ROUGE-1', 'Validation ROUGE-1'],
    ['eval/loss', 'unknown', 'validation', 'loss', 'loss', 'Loss', 'Validation loss'],
    ['train/loss', 'unknown', 'train', 'loss', 'loss', 'Loss', 'Training loss'],
    ['loss', 'train', 'train', 'loss', 'loss', 'Loss', 'Training loss'],
    ['loss', 'unknown', 'unknown', 'loss', 'loss', 'Loss', 'Loss'],
    ['predict_rougeLsum', 'train', 'test', 'metric', 'rougeLsum', 'ROUGE-Lsum', 'Test ROUGE-Lsum'],
    [
      'eval_f1_macro',
      'train',
      'validation',
      'metric',
      'f1_macro',
      'Macro-F1',
      'Validation macro-F1',
    ],
    [
      'val_pred_gender_acc',
      'train',
      'validation',
      'metric',
      'pred_gender_acc',
      'Pred gender acc',
      'Validation pred gender acc',
    ],
    ['train_loss_step', 'train', 'train', 'loss', 'loss', 'Loss', 'Training loss (per step)'],
    [
      'val_epoch_perplexity',
      'train',
      'validation',
      'metric',
      'perplexity',
      'Perplexity',
      'Validation perplexity (per epoch)',
    ],
    [
      'eval_rewards/accuracies',
      'train',
      'validation',
      'metric',
      'rewards/accuracies',
      'Rewards accuracies',
      'Validation rewards accuracies',
    ],
    [
      'learning_rate',
      'train',
      'train',
      'optimizer',
      'learning_rate',
      'Learning rate',
      'Learning rate',
    ],
    [
      'lr-AdamW',
      'train',
      'train',
      'optimizer',
      'lr-AdamW',
      'Learning rate (AdamW)',
      'Learning rate (AdamW)',
    ],
    ['grad_norm', 'train', 'train', 'optimizer', 'grad_norm', 'Gradient norm', 'Gradient norm'],
    ['eval_runtime', 'train', 'validation', 'system', 'runtime', 'Runtime', 'Validation runtime'],
    [
      'train_mem_gpu_peaked_delta',
      'train',
      'train',
      'system',
      'mem_gpu_peaked_delta',
      'Mem gpu peaked delta',
      'Training mem gpu peaked delta',
    ],
    ['epoch_time', 'train', 'train', 'system', 'epoch_time', 'Epoch time', 'Training epoch time'],
    [
      'train/global_step',
      'unknown',
      'train',
      'system',
      'global_step',
      'Global step',
      'Training global step',
    ],
  ] as const)(
    '%s (default split %s)',
    (name, defaultSplit, split, role, key, metricName, label) => {
      const result = classifyMetricName(name, defaultSplit);
      expect(result).toMatchObject({ split, role, label, metric: { key, name: metricName } });
    },
  );

  it('knows which metrics are better lower', () => {
    expect(classifyMetricName('eval_loss', 'train').metric.higherIsBetter).toBe(false);
    expect(classifyMetricName('val_perplexity', 'train').metric.higherIsBetter).toBe(false);
    expect(classifyMetricName('test_wer', 'train').metric.higherIsBetter).toBe(false);
    expect(classifyMetricName('eval_accuracy', 'train').metric.higherIsBetter).toBe(true);
  });
});

describe('metricMatchKey', () => {
  it('matches a logged name with the name a report gives the metric', () => {
    expect(metricMatchKey('f1_macro')).toBe(metricMatchKey('Macro-F1'));
    expect(metricMatchKey('acc')).toBe(metricMatchKey('Accuracy'));
    expect(metricMatchKey('rougeL')).toBe(metricMatchKey('ROUGE-L'));
    expect(metricMatchKey('loss')).toBe(metricMatchKey('Eval loss'));
    expect(metricMatchKey('rouge1')).not.toBe(metricMatchKey('ROUGE-2'));
  });
});
