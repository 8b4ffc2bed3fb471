/** What joins the units a name counts (三区联动, 两县共建, 五地协同): the count is the name's. */
export const COUNT_IN_NAME = '联|同|共|协同|互|一体|统筹';
