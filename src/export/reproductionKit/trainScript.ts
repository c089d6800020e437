/**
 * train.py: the same for every report. It holds no text from the report; everything it reads comes
 * from the model's folder as JSON, so nothing typed can turn into code.
 */
export const trainScript = `"""Trains one model of the report from the files in its folder.

    python train.py models/<model> [--seed N]

training_args.json holds the TrainingArguments, run_config.json the base model, dataset and task;
adapter_config.json (LoRA) and bnb_config.json (4-bit or 8-bit loading) are read when present.
"""
import argparse
import json
import pathlib

from datasets import load_dataset
from transformers import (
    AutoModelForCausalLM,
    AutoModelForSequenceClassification,
    AutoTokenizer,
    BitsAndBytesConfig,
    DataCollatorForLanguageModeling,
    DataCollatorWithPadding,
    HfArgumentParser,
    Trainer,
    TrainingArguments,
    set_seed,
)

EVALUATION_KEYS = ("eval_strategy", "evaluation_strategy")


def read_json(path: pathlib.Path) -> dict:
    with path.open(encoding="utf-8") as file:
        return json.load(file)


def main() -> None:
    parser = argparse.ArgumentParser(description="Train one model of the report.")
    parser.add_argument("model_folder", type=pathlib.Path)
    parser.add_argument("--seed", type=int, default=None, help="overrides the seed in training_args.json")
    arguments = parser.parse_args()
    folder = arguments.model_folder

    run = read_json(folder / "run_config.json")
    values = read_json(folder / "training_args.json")
    if arguments.seed is not None:
        values["seed"] = arguments.seed
        values["output_dir"] = f"{values['output_dir']}/seed-{arguments.seed}"

    dataset = load_dataset(run["dataset"], run.get("dataset_config"), revision=run.get("dataset_revision"))
    evaluation_split = run.get("validation_split") if run.get("validation_split") in dataset else None
    if evaluation_split is None:
        for key in EVALUATION_KEYS:
            if key in values:
                values[key] = "no"
        values.pop("load_best_model_at_end", None)
        values.pop("metric_for_best_model", None)
    (training_args,) = HfArgumentParser(TrainingArguments).parse_dict(values)
    set_seed(training_args.seed)

    quantization = None
    if (folder / "bnb_config.json").exists():
        quantization = BitsAndBytesConfig(**read_json(folder / "bnb_config.json"))

    base_model = run["base_model"]
    tokenizer = AutoTokenizer.from_pretrained(base_model, revision=run.get("base_model_revision"))
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    text_column = run["text_column"]
    label_column = run["label_column"]
    max_length = run.get("max_seq_length")

    if run["task"] == "sequence-classification":
        labels = dataset["train"].features[label_column]
        label_count = getattr(labels, "num_classes", 1)
        model = AutoModelForSequenceClassification.from_pretrained(
            base_model,
            revision=run.get("base_model_revision"),
            num_labels=label_count,
            quantization_config=quantization,
        )
        model.config.pad_token_id = tokenizer.pad_token_id
        if label_column != "labels":
            dataset = dataset.rename_column(label_column, "labels")
        collator = DataCollatorWithPadding(tokenizer)
    else:
        model = AutoModelForCausalLM.from_pretrained(
            base_model, revision=run.get("base_model_revision"), quantization_config=quantization
        )
        collator = DataCollatorForLanguageModeling(tokenizer, mlm=False)

    def tokenize(batch: dict) -> dict:
        return tokenizer(batch[text_column], truncation=True, max_length=max_length)

    kept = {"labels"}
    tokenized = dataset.map(
        tokenize,
        batched=True,
        remove_columns=[column for column in dataset["train"].column_names if column not in kept],
    )

    if (folder / "adapter_config.json").exists():
        from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training

        if quantization is not None:
            model = prepare_model_for_kbit_training(model)
        model = get_peft_model(model, LoraConfig(**read_json(folder / "adapter_config.json")))
        model.print_trainable_parameters()

    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=tokenized["train"],
        eval_dataset=tokenized[evaluation_split] if evaluation_split is not None else None,
        data_collator=collator,
    )
    trainer.train()
    trainer.save_model()
    test_split = run.get("test_split")
    if test_split in tokenized:
        metrics = trainer.evaluate(tokenized[test_split], metric_key_prefix="test")
        trainer.save_metrics("test", metrics)


if __name__ == "__main__":
    main()
`;
