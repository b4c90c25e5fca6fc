package io.github.blogmaven.model.canary;

/** A class a hostile YAML tag names; if YAML ever initialises it, {@link Witness#initialized} says so. */
public final class Canary {
    static {
        Witness.initialized = true;
    }

    public Canary() {
        Witness.instantiated = true;
    }

    /** Set only by {@link Canary}; reading it does not initialise {@code Canary}. */
    public static final class Witness {
        public static volatile boolean initialized;
        public static volatile boolean instantiated;

        private Witness() {
        }
    }
}
