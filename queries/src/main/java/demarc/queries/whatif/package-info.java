/**
 * What-if failure analysis: which services and elements a failure stops, the accident reports an outage would
 * trigger (電気通信事業法28条; 施行規則58条・58条の2; 報告規則7条の3), and the single points of failure of a service.
 */
package demarc.queries.whatif;
