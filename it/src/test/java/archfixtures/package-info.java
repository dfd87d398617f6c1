/**
 * Deliberately bad (and some clean) classes laid out like {@code org.gatewayusers}, so that
 * {@code org.gatewayusers.architecture.ArchitectureRulesCanFailTest} can prove each architecture rule fails when it
 * should. Each class named {@code ...Uses...} breaks exactly one rule; the classes named {@code Clean...} (and
 * {@code SgwVolume}, {@code AccountName}) break none. Not production code: never import these elsewhere.
 */
package archfixtures;
