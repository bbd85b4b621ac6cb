package demarc.model.decision;

import java.util.List;

/**
 * One node of a dependency tree, as seen from the root of a chain.
 *
 * @param type       {@code service}, {@code function} or {@code resource}
 * @param via        how its parent reaches it: {@code requires}, {@code any-of}, or {@code managed-by} (this node
 *                   manages its parent, and is used for what it manages); {@code null} for the root
 * @param anyOfGroup for {@code any-of} members, the group (its index in the parent's {@code requires} list)
 * @param owner      the owner, or for a service its provider
 * @param roles      declared roles, and for a resource other than a line also those of what requires it
 * @param countries  its own country, or its hosts' when it declares none
 * @param boundary   set when a {@code requires} step into this node crosses to another party: the connection id
 *                   when one is declared (the node is then shown but not expanded: what lies beyond is the other
 *                   party's), otherwise {@code undeclared}; {@code null} when both sides share an owner
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
