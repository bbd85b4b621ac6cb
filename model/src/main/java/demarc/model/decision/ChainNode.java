package demarc.model.decision;

import java.util.List;

/**
 * One node of a dependency tree, as seen from the root of a chain.
 *
 * @param via        how its parent reaches it: {@code requires}, {@code any-of}, {@code manages}
 * @param anyOfGroup for {@code any-of} members, the group (its index in the parent's {@code requires} list)
 * @param countries  its own country, or its hosts' when it declares none
 * @param boundary   set when the step into this node crosses to another party: the connection id when one is
 *                   declared, otherwise {@code undeclared}; {@code null} when both sides share an owner
 * @param cycleOrRepeat {@code true} when the node was already shown higher up and its children are not repeated
 */
public record ChainNode(
        String id,
        String name,
        String type,
        String via,
        Integer anyOfGroup,
        String owner,
        String operator,
        List<String> countries,
        List<String> roles,
        String boundary,
        boolean cycleOrRepeat,
        List<ChainNode> children) {
}
