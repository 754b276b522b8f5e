package com.aftersales.bpm.engine;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link ConcurrentCompletions} on a stub of the engine's command chain: the task's state as read
 * before and after a completion decides whether its failure was the race against another change
 * of the case (then an {@link OptimisticLockingException}, which the REST API answers with 409) or
 * something else (left as it is); a completion that lost is tried once more, unless its caller has
 * a transaction of its own. {@code TaskAndJobRaceApiTest} races the real thing.
 */
class ConcurrentCompletionsTest {

  private static final String BEFORE = "execution child revision 1";
  private static final String MOVED = "execution parent revision 2";

  @Test
  void aCompletionThatFailsWhileItsTaskWasMovedIsTheRace() {
    NullPointerException npe = new NullPointerException("\"execution\" is null");
    Throwable thrown = inCallersTransaction(() -> interceptor(npe, BEFORE, MOVED).execute(completion()));

    Assertions.assertThat(thrown).isInstanceOf(OptimisticLockingException.class).hasCause(npe)
        .hasMessageContaining("changed while it was being completed");
  }

  @Test
  void aCompletionThatFailsWhileAnotherCompletedTheTaskIsTheRace() {
    RuntimeException missingForm = new IllegalStateException("form not found");
    Assertions.assertThat(inCallersTransaction(() -> interceptor(missingForm, BEFORE, "completed").execute(completion())))
        .isInstanceOf(OptimisticLockingException.class).hasCause(missingForm);
  }

  @Test
  void aFailureOfAnUnchangedTaskIsLeftAsItIs() {
    NullPointerException npe = new NullPointerException("a bug");
    Assertions.assertThatThrownBy(() -> interceptor(npe, BEFORE, BEFORE).execute(completion())).isSameAs(npe);
  }

  @Test
  void aCompletionThatLostIsTriedOnceMoreAgainstTheCaseAsTheOtherChangeLeftIt() {
    RecordingChain chain = new RecordingChain(new NullPointerException("\"execution\" is null"));
    chain.failures = 1;
    chain.states.addAll(List.of(BEFORE, MOVED, MOVED));

    Assertions.assertThat(watched(chain).execute(completion())).isNull();
    Assertions.assertThat(chain.completions()).as("the lost attempt and the one after it").isEqualTo(2);
  }

  @Test
  void aSecondLossReachesTheCallerAsTheOptimisticLockingFailure() {
    OptimisticLockingException lost = new OptimisticLockingException("updated by another transaction");
    RecordingChain chain = new RecordingChain(lost);

    Assertions.assertThatThrownBy(() -> watched(chain).execute(completion())).isSameAs(lost);
    Assertions.assertThat(chain.completions()).as("tried once more, not again and again").isEqualTo(2);
    Assertions.assertThat(interceptor(null, BEFORE).execute(completion())).isNull();
  }

  @Test
  void aCallerInItsOwnTransactionGetsTheLossToRepeatItself() {
    OptimisticLockingException lost = new OptimisticLockingException("updated by another transaction");
    RecordingChain chain = new RecordingChain(lost);
    Assertions.assertThat(inCallersTransaction(() -> watched(chain).execute(completion()))).isSameAs(lost);
    Assertions.assertThat(chain.completions()).as("its transaction is spoilt: not tried in it again").isEqualTo(1);
  }

  @Test
  void aFailureThatIsNotTheRaceIsNotTriedAgain() {
    RecordingChain chain = new RecordingChain(new NullPointerException("a bug"));
    chain.states.addAll(List.of(BEFORE, BEFORE));

    Assertions.assertThatThrownBy(() -> watched(chain).execute(completion())).isInstanceOf(NullPointerException.class);
    Assertions.assertThat(chain.completions()).isEqualTo(1);
  }

  @Test
  void otherCommandsAreNotWatched() {
    RecordingChain chain = new RecordingChain(null);
    CommandInterceptor watched = watched(chain);
    watched.execute(new GetTaskFormVariablesCmd("task-1", null, true));
    Assertions.assertThat(chain.commands).as("no reads of the task's state around it").hasSize(1);
  }

  /**
   * What {@code call} throws when its caller has a transaction of its own: a completion that lost is
   * not tried again, so the first attempt's failure shows as it is reported.
   */
  private static Throwable inCallersTransaction(Runnable call) {
    TransactionSynchronizationManager.setActualTransactionActive(true);
    try {
      return Assertions.catchThrowable(call::run);
    } finally {
      TransactionSynchronizationManager.setActualTransactionActive(false);
    }
  }

  private static CompleteTaskCmd completion() {
    return new CompleteTaskCmd("task-1", Map.of("done", true));
  }

  private static CommandInterceptor interceptor(RuntimeException failure, String... states) {
    RecordingChain chain = new RecordingChain(failure);
    chain.states.addAll(List.of(states));
    return watched(chain);
  }

  private static CommandInterceptor watched(RecordingChain chain) {
    ConcurrentCompletions completions = new ConcurrentCompletions();
    completions.setNext(chain);
    return completions;
  }

  /** Fails the completion with {@code failure}; answers each read of the task's state with the next state. */
  private static final class RecordingChain extends CommandInterceptor {
    final Deque<String> states = new ArrayDeque<>();
    final List<Command<?>> commands = new java.util.ArrayList<>();
    private final RuntimeException failure;
    /** How many completions fail; the ones after succeed. */
    int failures = Integer.MAX_VALUE;

    RecordingChain(RuntimeException failure) {
      this.failure = failure;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
      commands.add(command);
      if (command instanceof CompleteTaskCmd || command instanceof GetTaskFormVariablesCmd) {
        if (failure != null && failures-- > 0) {
          throw failure;
        }
        return null;
      }
      return (T) (states.isEmpty() ? BEFORE : states.removeFirst());
    }

    long completions() {
      return commands.stream().filter(CompleteTaskCmd.class::isInstance).count();
    }
  }
}
