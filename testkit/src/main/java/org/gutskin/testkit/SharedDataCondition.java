package org.gutskin.testkit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Disables a {@link RequiresShared} test class or method, naming the missing folder, when ../shared is absent. */
public final class SharedDataCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return Shared.present()
                ? ConditionEvaluationResult.enabled("shared data at " + Shared.root())
                : ConditionEvaluationResult.disabled("shared reference data not found at " + Shared.root()
                        + " (set -Dgutskin.shared=DIR)");
    }
}
