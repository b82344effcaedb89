package dev.appraise.core.agreement;

import java.util.ConcurrentModificationException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fails fast when two threads are inside one accumulator at the same time, which would otherwise
 * lose units or mix their sums without a word. Every public method of the accumulator enters on
 * start and leaves when it returns; an entry while another call is inside throws {@link
 * ConcurrentModificationException}. The cost is one compare-and-set per call. Calls from different
 * threads that do not overlap pass unseen: handing an accumulator from one thread to another is the
 * caller's to order, as for any object that is not thread-safe.
 */
final class SingleThreaded {

  private final AtomicBoolean inside = new AtomicBoolean();
  private final String what;

  /**
   * A guard for an object named {@code what} in the message, e.g. {@code "a
   * RatingTableAccumulator"}.
   */
  SingleThreaded(String what) {
    this.what = what;
  }

  /** Enters a call; throws if another call is inside. */
  void enter() {
    if (!inside.compareAndSet(false, true)) {
      throw new ConcurrentModificationException(
          what
              + " is used by two threads at once, and it is not thread-safe:"
              + " give each thread its own accumulator and merge them with addAll when the threads are done");
    }
  }

  /** Leaves a call entered with {@link #enter()}. */
  void leave() {
    inside.setRelease(false);
  }

  /**
   * Runs a call that reads a second guarded object, such as a merge: both are entered for its
   * length, the same object once.
   */
  void withBoth(SingleThreaded other, Runnable call) {
    enter();
    try {
      if (other == this) {
        call.run();
      } else {
        other.enter();
        try {
          call.run();
        } finally {
          other.leave();
        }
      }
    } finally {
      leave();
    }
  }
}
