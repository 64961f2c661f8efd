import "server-only";
import { defaultMqmRawWeights, defaultWmtMqmWeights, type MqmRawWeights, type WmtMqmWeights } from "@/lib/mqm";

type Env = Record<string, string | undefined>;

/** A non-negative number from the environment, or the default when unset or not a number. */
function numberFrom(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.warn(`Ignoring ${name}=${JSON.stringify(raw)}: not a non-negative number; using ${fallback}.`);
    return fallback;
  }
  return value;
}

/** MQM 2.0 raw weights and pass threshold for this installation (REDLINE_MQM_* variables). */
export function mqmRawWeights(env: Env = process.env): MqmRawWeights {
  const d = defaultMqmRawWeights;
  return {
    neutral: numberFrom(env, "REDLINE_MQM_WEIGHT_NEUTRAL", d.neutral),
    minor: numberFrom(env, "REDLINE_MQM_WEIGHT_MINOR", d.minor),
    major: numberFrom(env, "REDLINE_MQM_WEIGHT_MAJOR", d.major),
    critical: numberFrom(env, "REDLINE_MQM_WEIGHT_CRITICAL", d.critical),
    passThreshold: numberFrom(env, "REDLINE_MQM_THRESHOLD", d.passThreshold),
  };
}

/** Google WMT weights for this installation (REDLINE_WMT_WEIGHT_* variables). */
export function wmtWeights(env: Env = process.env): WmtMqmWeights {
  const d = defaultWmtMqmWeights;
  return {
    neutral: numberFrom(env, "REDLINE_WMT_WEIGHT_NEUTRAL", d.neutral),
    minor: numberFrom(env, "REDLINE_WMT_WEIGHT_MINOR", d.minor),
    minorPunctuation: numberFrom(env, "REDLINE_WMT_WEIGHT_MINOR_PUNCTUATION", d.minorPunctuation),
    major: numberFrom(env, "REDLINE_WMT_WEIGHT_MAJOR", d.major),
    critical: numberFrom(env, "REDLINE_WMT_WEIGHT_CRITICAL", d.critical),
    nonTranslation: numberFrom(env, "REDLINE_WMT_WEIGHT_NON_TRANSLATION", d.nonTranslation),
  };
}
