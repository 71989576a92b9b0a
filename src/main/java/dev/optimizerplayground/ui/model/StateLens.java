package dev.optimizerplayground.ui.model;

import dev.optimizerplayground.session.PlaygroundState;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Properties that show one part of the playground state and edit it, for controls to bind to. A
 * value set on such a property becomes {@code state = with(state, value)}; one the state refuses is
 * reported and the property goes back to the state's value. A new state updates the property.
 * The state stays the one source of truth: these properties hold nothing of their own. Each edit's
 * outcome goes to a {@code Consumer<String>}: the refusal's message, or "" when it was taken.
 */
final class StateLens {

    private final ObjectProperty<PlaygroundState> state;

    StateLens(ObjectProperty<PlaygroundState> state) {
        this.state = state;
    }

    /**
     * An edit made in code rather than through a property.
     *
     * @throws IllegalArgumentException when the state refuses it; nothing changes then
     */
    void edit(UnaryOperator<PlaygroundState> change) {
        state.set(change.apply(state.get()));
    }

    <V> ObjectProperty<V> object(Object bean, String name, Function<PlaygroundState, V> part,
                                 BiFunction<PlaygroundState, V, PlaygroundState> with, Consumer<String> outcome) {
        ObjectProperty<V> property = new SimpleObjectProperty<>(bean, name);
        link(property, part, with, outcome);
        return property;
    }

    DoubleProperty number(Object bean, String name, Function<PlaygroundState, Double> part,
                          BiFunction<PlaygroundState, Double, PlaygroundState> with, Consumer<String> outcome) {
        DoubleProperty property = new SimpleDoubleProperty(bean, name);
        link(property, part::apply, (s, v) -> with.apply(s, v.doubleValue()), outcome);
        return property;
    }

    IntegerProperty integer(Object bean, String name, Function<PlaygroundState, Integer> part,
                            BiFunction<PlaygroundState, Integer, PlaygroundState> with, Consumer<String> outcome) {
        IntegerProperty property = new SimpleIntegerProperty(bean, name);
        link(property, part::apply, (s, v) -> with.apply(s, v.intValue()), outcome);
        return property;
    }

    BooleanProperty bool(Object bean, String name, Function<PlaygroundState, Boolean> part,
                         BiFunction<PlaygroundState, Boolean, PlaygroundState> with, Consumer<String> outcome) {
        BooleanProperty property = new SimpleBooleanProperty(bean, name);
        link(property, part, with, outcome);
        return property;
    }

    private <V, P> void link(Property<P> property, Function<PlaygroundState, ? extends P> part,
                             BiFunction<PlaygroundState, P, PlaygroundState> with, Consumer<String> outcome) {
        ShowingGuard guard = new ShowingGuard();
        property.setValue(part.apply(state.get()));
        state.addListener((obs, old, now) -> {
            P shown = part.apply(now);
            if (!Objects.equals(shown, property.getValue())) {
                guard.show(() -> property.setValue(shown));
            }
        });
        // An invalidation listener, registered before any view's: invalidation listeners are told
        // before change listeners, so this one puts the edit into the state before anyone who
        // watches the property reads the state.
        property.addListener(obs -> {
            P now = property.getValue();
            if (guard.isShowing() || Objects.equals(now, part.apply(state.get()))) {
                return;
            }
            try {
                state.set(with.apply(state.get(), now));
                outcome.accept("");
            } catch (IllegalArgumentException refused) {
                outcome.accept(refused.getMessage());
            }
            // Refused, or taken in another form (a step pulled into range): show what the state holds.
            P held = part.apply(state.get());
            if (!Objects.equals(held, property.getValue())) {
                guard.show(() -> property.setValue(held));
            }
        });
    }
}
