import { AppConfig } from '../infra/config/app-config.js';
import { loadTriageConfig, type TriageConfig } from './triage-config.js';

/** The validated `triage.yaml`, injected by class like AppConfig. */
export class TriageSettings {
  constructor(readonly value: TriageConfig) {}
}

export const triageSettingsProvider = {
  provide: TriageSettings,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => new TriageSettings(loadTriageConfig(config.env.QF_CONFIG_DIR)),
};
